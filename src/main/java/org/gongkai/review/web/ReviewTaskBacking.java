package org.gongkai.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.review.api.ReviewTaskDto;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.control.FindingHighlighter;
import org.gongkai.review.control.SideBySide;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecision;
import org.gongkai.review.entity.ReviewTask;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * One review task: the submitted text with the pre-scan's findings marked in place, the approved
 * version beside it, the decisions so far, and the decision with its reason.
 */
@Named
@ViewScoped
public class ReviewTaskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewTasks reviews;

    @Inject
    transient FacesContext faces;

    private Long id;
    private String reason;
    private final HashMap<Object, String> acceptReasons = new HashMap<>();
    private transient ReviewTask task;

    public void load() throws IOException {
        if (id == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        try {
            task();
        } catch (GongkaiException e) {
            faces.getExternalContext().responseSendError(e.httpStatus(), "");
            faces.responseComplete();
        }
    }

    private ReviewTask task() {
        if (task == null) {
            task = reviews.get(id);
        }
        return task;
    }

    public ReviewTask getTask() {
        return task();
    }

    public List<ReviewTaskDto.FindingDto> getFindings() {
        return org.gongkai.review.api.ReviewTaskDto.findingsOf(task());
    }

    public String getHighlightedText() {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return FindingHighlighter.highlight(task().scannedText(), getFindings().stream()
                .map(f -> new FindingHighlighter.Span(f.start(), f.end(), f.kind(), msg.getString("finding." + f.kind())
                        + (f.suggestion() == null ? "" : "：" + f.suggestion())))
                .toList());
    }

    public List<SideBySide.Row> getComparison() {
        return SideBySide.compare(reviews.approvedTextOf(task()), task().scannedText());
    }

    public boolean isStale() {
        return reviews.isStale(task());
    }

    public List<ReviewDecision> getDecisions() {
        return reviews.decisionsOf(id);
    }

    /** Who must decide each step of the chain, shown before anyone writes an opinion. */
    public List<ReviewTasks.StepPlan> getPlan() {
        return reviews.plan(task());
    }

    /** Why the caller may not decide the current step, in words, or null when they may. */
    public String getCannotDecide() {
        java.util.Locale locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        return reviews.whyNotDecide(task()).map(code -> org.gongkai.platform.control.Messages.error(code, locale))
                .orElse(null);
    }

    /** The reviews of earlier versions of the same item, each with its decisions. */
    public List<Earlier> getEarlierReviews() {
        return reviews.earlierTasks(task()).stream().map(t -> new Earlier(t, reviews.decisionsOf(t.id()))).toList();
    }

    /** An earlier review with its decisions. */
    public record Earlier(ReviewTask task, List<ReviewDecision> decisions) {
    }

    /** The findings accepted so far, by index. */
    public Map<Integer, ReviewTasks.Acceptance> getAccepted() {
        Map<Integer, ReviewTasks.Acceptance> byIndex = new HashMap<>();
        reviews.acceptancesOf(id).forEach(a -> byIndex.put(a.index(), a));
        return byIndex;
    }

    /** The reasons typed in the decision form, by finding index. */
    public Map<Object, String> getAcceptReasons() {
        return acceptReasons;
    }

    public String approve() {
        return decide(Decision.APPROVE);
    }

    public String returnForChanges() {
        return decide(Decision.RETURN);
    }

    public String reject() {
        return decide(Decision.REJECT);
    }

    private String decide(Decision decision) {
        try {
            Map<Integer, String> accepted = new HashMap<>();
            acceptReasons.forEach((key, text) -> accepted.put(Integer.valueOf(key.toString()), text));
            reviews.decide(id, decision, reason, accepted);
            FacesNotices.doneBeforeRedirect(faces, "review.decided");
            return "/staff/reviews?faces-redirect=true";
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
            task = null;
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
