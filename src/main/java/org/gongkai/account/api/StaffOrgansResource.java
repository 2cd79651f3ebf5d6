package org.gongkai.account.api;

import org.gongkai.account.boundary.OrganCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import org.gongkai.platform.api.RequestBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.boundary.StaffOrgans;

import java.util.List;

/** Administrators add organs (ADMIN only; the boundary checks the role). */
@Path("staff/organs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffOrgansResource {

    @Inject
    StaffOrgans staffOrgans;

    @Inject
    Organs organs;

    @GET
    @Operation(summary = "机关管理：列表 / organs (ADMIN)")
    public List<OrganDto> list() {
        return staffOrgans.all().stream().map(OrganDto::of).toList();
    }

    @POST
    @Operation(summary = "新增机关 / add an organ (ADMIN)")
    public Response create(@Valid OrganCommand organ, @Context UriInfo uri) {
        RequestBodies.require(organ);
        OrganDto created = OrganDto.of(organs.create(organ));
        return Response.created(uri.getBaseUriBuilder().path("organs").build()).entity(created).build();
    }
}
