package org.gongkai.catalogue.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.catalogue.boundary.Subjects;
import org.gongkai.platform.api.RequestBodies;

/** Administrators extend the subject classification. */
@Path("staff/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffSubjectsResource {

    /** A new subject; {@code parent} names the top-level class for a second-level one. */
    public static class SubjectForm {
        public String parent;
        public String name;
    }

    @Inject
    Subjects subjects;

    @POST
    @Operation(summary = "新增主题分类 / add a subject (ADMIN)")
    public Response add(SubjectForm form) {
        RequestBodies.require(form);
        subjects.add(form.parent, form.name);
        return Response.status(Response.Status.CREATED).entity(subjects.tree()).build();
    }
}
