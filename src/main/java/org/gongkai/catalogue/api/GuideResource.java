package org.gongkai.catalogue.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;
import org.gongkai.platform.entity.InvalidInputException;

import java.util.Map;

/** An organ's published disclosure guide (公开指南, Art. 12 of the OGI Regulations). */
@Path("guide")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuideResource {

    @Inject
    CataloguePublic catalogue;

    @GET
    @Operation(summary = "政府信息公开指南 / an organ's disclosure guide")
    public CatalogueEntryDto guide(@QueryParam("organ") String organ) {
        if (organ == null || organ.isBlank()) {
            throw new InvalidInputException("invalid_input", Map.of("organ", "请提供机关代码"));
        }
        Published guide = catalogue.guide(organ.strip());
        return CatalogueEntryDto.of(guide, catalogue.attachments(guide));
    }
}
