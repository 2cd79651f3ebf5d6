package org.gongkai.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.boundary.CataloguePublic;

import java.util.List;

/** The public home page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Organs organs;

    @Inject
    CataloguePublic catalogue;

    private List<OrganDto> organList;
    private List<CatalogueItemDto> latest;

    /** The newest published entries. */
    public List<CatalogueItemDto> getLatest() {
        if (latest == null) {
            latest = catalogue.latest(8).stream().map(CatalogueItemDto::of).toList();
        }
        return latest;
    }

    public List<OrganDto> getOrgans() {
        if (organList == null) {
            organList = organs.all().stream().map(OrganDto::of).toList();
        }
        return organList;
    }
}
