package org.gongkai.catalogue.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.catalogue.boundary.Subjects;

import java.util.List;
import java.util.Map;

/** The subject classification (主题分类), public. */
@Path("subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubjectsResource {

    @Inject
    Subjects subjects;

    @GET
    @Operation(summary = "主题分类 / the subject classification, two levels")
    public Map<String, List<String>> tree() {
        return subjects.tree();
    }
}
