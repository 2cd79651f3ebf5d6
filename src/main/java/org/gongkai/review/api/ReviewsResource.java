package org.gongkai.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewStatus;
import org.gongkai.review.entity.ReviewTask;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The confidentiality review's queue and decisions (REVIEWER, LEADER; the boundary checks). */
@Path("staff/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ReviewsResource {

    /** One JSON-B instance for all tasks (thread-safe, costly to make). */

    @Inject
    ReviewTasks reviews;

    @GET
    @Operation(summary = "审查任务队列 / the organ's review queue")
    public List<ReviewTaskDto> queue(@QueryParam("status") @DefaultValue("PENDING") String status) {
        ReviewStatus wanted = Arrays.stream(ReviewStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidInputException("invalid_input",
                        Map.of("status", "须为 " + Arrays.toString(ReviewStatus.values()))));
        return reviews.queue(wanted).stream().map(task -> toDto(task, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "审查任务详情（含自动扫描结果）/ one task with the pre-scan's findings")
    public ReviewTaskDto task(@PathParam("id") long id) {
        return toDto(reviews.get(id), true);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "审查决定 / decide the current step: APPROVE, RETURN or REJECT with a reason")
    public ReviewTaskDto decide(@PathParam("id") long id, @Valid DecisionForm form) {
        RequestBodies.require(form);
        return toDto(reviews.decide(id, form.decision, form.reason, form.acceptedByIndex()), true);
    }

    private ReviewTaskDto toDto(ReviewTask task, boolean withDecisions) {
        List<ReviewTaskDto.DecisionDto> decisions = withDecisions ? decisions(task) : List.of();
        return new ReviewTaskDto(task.id(), task.itemType(), task.itemId(), task.title(), task.versionId(),
                task.status().name(), task.step(), task.steps(), task.currentRole(), task.sensitive(),
                withDecisions ? reviews.isStale(task) : null, task.submittedAt(), task.submittedBy(), ReviewTaskDto.findingsOf(task),
                decisions,
                withDecisions ? reviews.plan(task).stream().map(s -> new ReviewTaskDto.StepDto(s.step(), s.role(),
                        s.decidedBy(), s.whoMayDecide())).toList() : null,
                withDecisions ? reviews.whyNotDecide(task).isEmpty() : null,
                withDecisions ? reviews.whyNotDecide(task).orElse(null) : null,
                withDecisions ? reviews.acceptancesOf(task.id()).stream().map(a -> new ReviewTaskDto.AcceptanceDto(
                        a.index(), a.reason(), a.acceptedBy(), a.acceptedAt())).toList() : null,
                withDecisions ? reviews.earlierTasks(task).stream().map(t -> new ReviewTaskDto.EarlierReviewDto(t.id(),
                        t.versionId(), t.status().name(), t.submittedAt(), decisions(t))).toList() : null);
    }

    private List<ReviewTaskDto.DecisionDto> decisions(ReviewTask task) {
        return reviews.decisionsOf(task.id()).stream().map(d -> new ReviewTaskDto.DecisionDto(d.step(), d.role(),
                d.decision().name(), d.reason(), d.decidedBy(), d.decidedAt())).toList();
    }
}
