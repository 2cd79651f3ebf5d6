package org.gongkai.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.review.boundary.ReviewChains;

import java.util.List;

/** Administrators configure the decision chain per organ and item type. */
@Path("staff/review-chains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffReviewChainsResource {

    /** The steps of one chain, e.g. {@code ["REVIEWER", "LEADER"]}. */
    public static class ChainForm {
        public String organ;
        public String itemType;
        public boolean sensitive;
        public List<String> steps;
    }

    @Inject
    ReviewChains chains;

    @PUT
    @Operation(summary = "设置审查流程 / set the review chain of an organ's items of one type (ADMIN)")
    public ChainForm configure(ChainForm form) {
        RequestBodies.require(form);
        chains.configure(form.organ, form.itemType, form.sensitive, form.steps);
        return form;
    }
}
