package org.gongkai.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.account.boundary.StaffProfile;

/** The signed-in staff user's own account: who the portal thinks you are. */
@Path("staff/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffMeResource {

    @Inject
    StaffProfile profile;

    @GET
    @Operation(summary = "当前用户 / the signed-in staff user")
    public StaffUserDto me() {
        return StaffUserDto.of(profile.me());
    }
}
