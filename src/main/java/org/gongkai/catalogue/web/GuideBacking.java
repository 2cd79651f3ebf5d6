package org.gongkai.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.catalogue.api.CatalogueEntryDto;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.platform.entity.UnknownItemException;

import java.io.IOException;

/** One organ's published disclosure guide; 404 until one is approved. */
@Named
@RequestScoped
public class GuideBacking {

    @Inject
    FacesContext faces;

    @Inject
    CataloguePublic catalogue;

    private CatalogueEntryDto guide;

    public void load() throws IOException {
        String organ = faces.getExternalContext().getRequestParameterMap().get("organ");
        try {
            var published = catalogue.guide(organ);
            guide = CatalogueEntryDto.of(published, catalogue.attachments(published));
        } catch (UnknownItemException e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public CatalogueEntryDto getGuide() {
        return guide;
    }
}
