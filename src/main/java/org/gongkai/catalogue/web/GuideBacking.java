package org.gongkai.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.catalogue.api.CatalogueEntryDto;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.platform.entity.UnknownItemException;

import java.io.IOException;
import java.util.Optional;

/**
 * One organ's published disclosure guide (Art. 12 of the OGI Regulations). An organ whose guide is
 * not yet approved gets a page that says so and where else to look; an unknown organ is 404.
 */
@Named
@RequestScoped
public class GuideBacking {

    @Inject
    FacesContext faces;

    @Inject
    CataloguePublic catalogue;

    @Inject
    Organs organs;

    private CatalogueEntryDto guide;
    private String organWithoutGuide;

    public void load() throws IOException {
        String organ = faces.getExternalContext().getRequestParameterMap().get("organ");
        try {
            var published = catalogue.guide(organ);
            guide = CatalogueEntryDto.of(published, catalogue.attachments(published));
        } catch (UnknownItemException e) {
            var organWithout = organ == null ? Optional.<Organ>empty() : organs.find(organ);
            if (organWithout.isPresent()) {
                organWithoutGuide = organWithout.get().name();
            } else {
                faces.getExternalContext().responseSendError(404, "");
                faces.responseComplete();
            }
        }
    }

    public CatalogueEntryDto getGuide() {
        return guide;
    }

    /** The name of the organ asked for when it has no published guide yet, else null. */
    public String getOrganWithoutGuide() {
        return organWithoutGuide;
    }
}
