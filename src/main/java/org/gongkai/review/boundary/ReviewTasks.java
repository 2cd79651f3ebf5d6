package org.gongkai.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.ForbiddenActionException;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewDecision;
import org.gongkai.review.entity.ReviewStatus;
import org.gongkai.review.entity.ReviewSubmission;
import org.gongkai.review.entity.ReviewTask;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The confidentiality review (保密审查, Art. 17 of the OGI Regulations; State Secrets Law Art. 35):
 * one task per submitted version, decided step by step by people other than its authors. The
 * approval of the last step is the only code path that makes content public: it fires
 * {@link ReviewDecided}, on which the item's feature publishes, and the database refuses a public
 * version without an approved task of its current content hash.
 */
@Stateless
public class ReviewTasks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReviewScan scan;

    @Inject
    ReviewChains chains;

    @Inject
    Event<ReviewDecided> decided;

    @Inject
    @Any
    Instance<ReviewableItem> reviewableItems;

    /** Opens the review of a submitted version; a pending task of the same version is replaced. */
    @RolesAllowed({"EDITOR", "OFFICER", "INFO_OFFICER"})
    public ReviewTask submit(ReviewSubmission submission) {
        em.createNamedQuery(ReviewTask.PENDING_OF_VERSION, ReviewTask.class)
                .setParameter("itemType", submission.itemType())
                .setParameter("versionId", submission.versionId())
                .getResultList()
                .forEach(stale -> {
                    stale.close(ReviewStatus.WITHDRAWN, clock.instant());
                    audit.record(currentStaff.username(), stale.organCode(), ReviewTask.class.getSimpleName(),
                            stale.id().toString(), "REVIEW_WITHDRAWN", "replaced by a new submission");
                });
        em.flush();
        ReviewScan.Report report = scan.scan(submission.text());
        boolean sensitive = submission.flaggedSensitive() || report.sensitive();
        List<String> chain = chains.stepsFor(submission.organCode(), submission.itemType(), sensitive);
        ReviewTask task = new ReviewTask(submission, chain, sensitive, report.findingsJson(), clock.instant());
        em.persist(task);
        em.flush();
        audit.record(submission.submittedBy(), submission.organCode(), "REVIEW_TASK", task.id().toString(),
                "REVIEW_SUBMITTED", submission.itemType() + " " + submission.itemId() + " version "
                        + submission.versionId() + " hash " + submission.contentHash() + " chain " + chain);
        audit.record(AuditLog.SYSTEM, submission.organCode(), "REVIEW_TASK", task.id().toString(),
                "REVIEW_SCANNED", report.summary());
        return task;
    }

    @RolesAllowed({"REVIEWER", "LEADER"})
    public List<ReviewTask> queue(ReviewStatus status) {
        return em.createNamedQuery(ReviewTask.QUEUE, ReviewTask.class)
                .setParameter("organ", currentStaff.get().organ().code())
                .setParameter("status", status)
                .setMaxResults(500)
                .getResultList();
    }

    @RolesAllowed({"REVIEWER", "LEADER"})
    public ReviewTask get(long id) {
        ReviewTask task = em.find(ReviewTask.class, id);
        if (task == null || !task.organCode().equals(currentStaff.get().organ().code())) {
            throw new UnknownItemException("review_unknown");
        }
        return task;
    }

    /** Whether the item changed since it was submitted: deciding such a task is refused. */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public boolean isStale(ReviewTask task) {
        return !task.contentHash().equals(currentHash(task));
    }

    @RolesAllowed({"REVIEWER", "LEADER", "EDITOR", "OFFICER"})
    public List<ReviewDecision> decisionsOf(long taskId) {
        return em.createNamedQuery(ReviewDecision.OF_TASK, ReviewDecision.class)
                .setParameter("taskId", taskId)
                .getResultList();
    }

    /** The tasks of one item with their decisions, for the item's history (authors see outcomes). */
    @RolesAllowed({"REVIEWER", "LEADER", "EDITOR", "OFFICER"})
    public List<ReviewTask> tasksOf(String itemType, long itemId) {
        return em.createNamedQuery(ReviewTask.OF_ITEM, ReviewTask.class)
                .setParameter("itemType", itemType)
                .setParameter("itemId", itemId)
                .getResultList();
    }

    /**
     * Decides the task's current step. Refused with 409 when the task is no longer pending or the
     * item changed since submission, with 403 when the caller lacks the step's role, wrote the item
     * or an earlier version of it, or already decided an earlier step of it (separation of duties).
     */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public ReviewTask decide(long id, Decision decision, String reason) {
        if (decision == null) {
            throw new InvalidInputException("invalid_input", Map.of("decision", "须为 APPROVE、RETURN 或 REJECT"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("invalid_input", Map.of("reason", "请填写审查意见或理由"));
        }
        StaffUser reviewer = currentStaff.get();
        ReviewTask task = em.find(ReviewTask.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !task.organCode().equals(reviewer.organ().code())) {
            throw new UnknownItemException("review_unknown");
        }
        if (task.status() != ReviewStatus.PENDING) {
            throw new StateConflictException("review_decided");
        }
        if (!Objects.equals(task.contentHash(), currentHash(task))) {
            throw new StateConflictException("review_stale");
        }
        if (!reviewer.hasRole(Role.valueOf(task.currentRole()))) {
            throw new ForbiddenActionException("review_wrong_role");
        }
        if (task.contributorSet().contains(reviewer.username())) {
            throw new ForbiddenActionException("review_own_item");
        }
        if (wroteEarlierVersion(task, reviewer.username())) {
            throw new ForbiddenActionException("review_earlier_author");
        }
        boolean decidedEarlierStep = decisionsOf(id).stream()
                .anyMatch(earlier -> earlier.decidedBy().equals(reviewer.username()));
        if (decidedEarlierStep) {
            throw new ForbiddenActionException("review_same_person");
        }
        String why = reason.strip();
        ReviewDecision recorded = new ReviewDecision(task, decision, why, reviewer.username(), clock.instant());
        em.persist(recorded);
        em.flush();
        boolean finalStep = task.step() == task.steps();
        switch (decision) {
            case APPROVE -> task.approveStep(clock.instant());
            case RETURN -> task.close(ReviewStatus.RETURNED, clock.instant());
            case REJECT -> task.close(ReviewStatus.REJECTED, clock.instant());
        }
        em.flush();
        audit.record(reviewer.username(), task.organCode(), "REVIEW_TASK", task.id().toString(),
                "REVIEW_" + decision.name(), "step " + recorded.step() + "/" + task.steps() + " ("
                        + recorded.role() + "): " + why);
        if (decision != Decision.APPROVE || finalStep) {
            decided.fire(new ReviewDecided(task.id(), task.itemType(), task.itemId(), task.versionId(),
                    task.contentHash(), decision, finalStep, why, reviewer.username()));
        }
        return task;
    }

    /** The statutory deadline behind the task's item (publication or reply), if any. */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public java.util.Optional<java.time.LocalDate> dueOn(ReviewTask task) {
        return itemOf(task).flatMap(item -> item.dueOn(task.itemId(), task.versionId()));
    }

    /** The text the public sees now of the task's item (for the side-by-side view), or null. */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public String approvedTextOf(ReviewTask task) {
        return itemOf(task).map(item -> item.approvedText(task.itemId())).orElse(null);
    }

    /**
     * Separation of duties across versions (GB/T 22239-2019 8.1.4.2 c 权限分离; State Secrets Law
     * Art. 35): whoever wrote or changed any earlier submitted version of the item may not review a
     * later one, even after a colleague's small edit. Each task keeps its version's contributors.
     */
    private boolean wroteEarlierVersion(ReviewTask task, String username) {
        return em.createNamedQuery(ReviewTask.OF_ITEM, ReviewTask.class)
                .setParameter("itemType", task.itemType())
                .setParameter("itemId", task.itemId())
                .getResultStream()
                .anyMatch(earlier -> earlier.contributorSet().contains(username));
    }

    private String currentHash(ReviewTask task) {
        return itemOf(task).map(item -> item.currentHash(task.itemId(), task.versionId())).orElse(null);
    }

    private java.util.Optional<ReviewableItem> itemOf(ReviewTask task) {
        return reviewableItems.stream().filter(item -> item.itemType().equals(task.itemType())).findFirst();
    }
}
