package org.gongkai.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.account.boundary.Organs;

import java.util.List;

/** Public list of the organs whose information the portal publishes. */
@Path("organs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgansResource {

    @Inject
    Organs organs;

    @GET
    @Operation(summary = "机关列表 / the organs")
    public List<OrganDto> list() {
        return organs.all().stream().map(OrganDto::of).toList();
    }
}
