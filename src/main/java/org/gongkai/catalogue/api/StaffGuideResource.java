package org.gongkai.catalogue.api;

import org.gongkai.catalogue.boundary.CatalogueEntryCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.catalogue.boundary.CatalogueEditing;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.UnknownItemException;

/** Editors write their organ's guide; it is published through the confidentiality review like any entry. */
@Path("staff/guide")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffGuideResource {

    @Inject
    CatalogueEditing editing;

    @PUT
    @Operation(summary = "编写本机关公开指南 / write the organ's disclosure guide (a new version once published)")
    public StaffCatalogueResource.WriteResult save(@Valid CatalogueEntryCommand form) {
        RequestBodies.require(form);
        CatalogueVersion version = editing.saveGuide(form);
        return new StaffCatalogueResource.WriteResult(version.entryId(), version.number(), "DRAFT");
    }

    @POST
    @Path("submit")
    @Operation(summary = "公开指南送保密审查 / send the guide to the confidentiality review")
    public StaffCatalogueResource.WriteResult submit() {
        long id = editing.findGuide().orElseThrow(() -> new UnknownItemException("entry_unknown")).id();
        CatalogueVersion version = editing.submit(id);
        return new StaffCatalogueResource.WriteResult(id, version.number(), "IN_REVIEW");
    }
}
