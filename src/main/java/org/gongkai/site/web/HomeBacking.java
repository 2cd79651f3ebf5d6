package org.gongkai.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.column.boundary.SiteColumns;

import java.util.List;

/** The public home page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Organs organs;

    @Inject
    CataloguePublic catalogue;

    @Inject
    SiteColumns siteColumns;

    private List<OrganDto> organList;
    private List<SiteColumns.ColumnPage> columnPages;
    private List<CatalogueItemDto> latest;

    /** The newest published entries. */
    public List<CatalogueItemDto> getLatest() {
        if (latest == null) {
            latest = catalogue.latest(8).stream().map(CatalogueItemDto::of).toList();
        }
        return latest;
    }

    /** The site's columns, each with its five newest articles (and catalogue entries when bound), as gov.cn sites show them. */
    public List<SiteColumns.ColumnPage> getColumnPages() {
        if (columnPages == null) {
            columnPages = siteColumns.all().stream().map(c -> siteColumns.page(c.code(), 0, 5)).toList();
        }
        return columnPages;
    }

    public List<OrganDto> getOrgans() {
        if (organList == null) {
            organList = organs.all().stream().map(OrganDto::of).toList();
        }
        return organList;
    }
}
