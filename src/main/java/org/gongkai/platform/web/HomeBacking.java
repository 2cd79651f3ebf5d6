package org.gongkai.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;

import java.util.List;

/** The public home page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Organs organs;

    private List<OrganDto> organList;

    public List<OrganDto> getOrgans() {
        if (organList == null) {
            organList = organs.all().stream().map(OrganDto::of).toList();
        }
        return organList;
    }
}
