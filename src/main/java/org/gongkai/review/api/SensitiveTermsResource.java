package org.gongkai.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.review.boundary.SensitiveTerms;

import java.util.List;

/** The sensitive-term list of the pre-scan (ADMIN writes; reviewers read). */
@Path("staff/sensitive-terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SensitiveTermsResource {

    /** The whole list. */
    public static class TermsForm {
        public List<String> terms;
    }

    /** The list as stored. */
    public record TermsDto(int count, List<String> terms) {
    }

    @Inject
    SensitiveTerms terms;

    @GET
    @Operation(summary = "敏感词表 / the sensitive-term list")
    public TermsDto list() {
        List<String> all = terms.all();
        return new TermsDto(all.size(), all);
    }

    @PUT
    @Operation(summary = "替换敏感词表 / replace the sensitive-term list (ADMIN)")
    public TermsDto replace(TermsForm form) {
        RequestBodies.require(form);
        terms.replace(form.terms);
        return list();
    }
}
