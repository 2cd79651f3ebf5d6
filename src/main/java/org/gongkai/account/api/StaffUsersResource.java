package org.gongkai.account.api;

import org.gongkai.account.boundary.StaffUserCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import org.gongkai.platform.api.RequestBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.account.boundary.StaffUsers;

import java.util.List;

/** The security administrator manages staff accounts (SECURITY_ADMIN only; the boundary checks the role). */
@Path("staff/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffUsersResource {

    @Inject
    StaffUsers users;

    @GET
    @Operation(summary = "用户列表 / staff users (SECURITY_ADMIN)")
    public List<StaffUserDto> list() {
        return users.all().stream().map(StaffUserDto::of).toList();
    }

    @POST
    @Operation(summary = "新增用户 / add a staff user (SECURITY_ADMIN)")
    public Response create(@Valid StaffUserCommand form, @Context UriInfo uri) {
        RequestBodies.require(form);
        StaffUserDto created = StaffUserDto.of(users.create(form));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "修改用户 / change a staff user (SECURITY_ADMIN)")
    public StaffUserDto update(@PathParam("username") String username, @Valid StaffUserCommand form) {
        RequestBodies.require(form);
        return StaffUserDto.of(users.update(username, form));
    }

    @DELETE
    @Path("{username}/lock")
    @Operation(summary = "解除登录锁定 / lift a sign-in lock (SECURITY_ADMIN)")
    public Response unlock(@PathParam("username") String username) {
        users.unlock(username);
        return Response.noContent().build();
    }
}
