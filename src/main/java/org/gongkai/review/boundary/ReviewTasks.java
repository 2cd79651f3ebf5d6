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

import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.gongkai.account.boundary.StaffDirectory;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
    StaffDirectory directory;

    @Inject
    ReviewChains chains;

    @Inject
    Event<ReviewDecided> decided;

    @Inject
    @Any
    Instance<ReviewableItem> reviewableItems;

    /** Opens the review of a submitted version; a pending task of the same version is replaced. */
    @RolesAllowed({"EDITOR", "OFFICER", "INFO_EDITOR", "INFO_OFFICER"})
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

    /** One step of a task's chain: its role, who decided it, or who may still decide it. */
    public record StepPlan(int step, String role, String decidedBy, List<String> whoMayDecide) {

        /** The people who may decide the step, as a list to read. */
        public String names() {
            return String.join("、", whoMayDecide);
        }

        /** Nobody in the organ may decide this open step: an administrator must add someone. */
        public boolean nobody() {
            return decidedBy == null && whoMayDecide.isEmpty();
        }
    }

    /** A finding of the pre-scan accepted by a reviewer with the reason. */
    public record Acceptance(int index, String reason, String acceptedBy, Instant acceptedAt) {
    }

    /**
     * Who must decide each step, shown before anyone writes an opinion: the steps decided so far
     * with their deciders; for each open step the organ's enabled staff of the step's role who are
     * not authors of the item (nor of an earlier version) and decided no other step of the task.
     */
    @RolesAllowed({"REVIEWER", "LEADER", "EDITOR", "OFFICER"})
    public List<StepPlan> plan(ReviewTask task) {
        List<ReviewDecision> decisions = decisionsOf(task.id());
        Set<String> decided = new HashSet<>();
        decisions.forEach(d -> decided.add(d.decidedBy()));
        Set<String> authors = authorsOf(task);
        List<StepPlan> plan = new ArrayList<>();
        List<String> roles = task.chainRoles();
        for (int step = 1; step <= roles.size(); step++) {
            int at = step;
            String decidedBy = decisions.stream().filter(d -> d.step() == at).map(ReviewDecision::decidedBy)
                    .findFirst().orElse(null);
            List<String> may = decidedBy != null || task.status() != ReviewStatus.PENDING ? List.of()
                    : directory.withRole(task.organCode(), Role.valueOf(roles.get(step - 1))).stream()
                    .filter(c -> !authors.contains(c.username()) && !decided.contains(c.username()))
                    .map(c -> c.displayName() + "（" + c.username() + "）")
                    .toList();
            plan.add(new StepPlan(step, roles.get(step - 1), decidedBy, may));
        }
        return plan;
    }

    /**
     * Why the caller may not decide the task's current step (an error code of the errors bundle),
     * or empty when they may: the form is shown only to those who may decide.
     */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public Optional<String> whyNotDecide(ReviewTask task) {
        StaffUser reviewer = currentStaff.get();
        if (task.status() != ReviewStatus.PENDING) {
            return Optional.of("review_decided");
        }
        if (!reviewer.hasRole(Role.valueOf(task.currentRole()))) {
            return Optional.of("review_wrong_role");
        }
        if (task.contributorSet().contains(reviewer.username())) {
            return Optional.of("review_own_item");
        }
        if (wroteEarlierVersion(task, reviewer.username())) {
            return Optional.of("review_earlier_author");
        }
        if (decisionsOf(task.id()).stream().anyMatch(earlier -> earlier.decidedBy().equals(reviewer.username()))) {
            return Optional.of("review_same_person");
        }
        return Optional.empty();
    }

    /** The earlier tasks of the same item (earlier versions, returned or withdrawn), oldest first. */
    @RolesAllowed({"REVIEWER", "LEADER", "EDITOR", "OFFICER"})
    public List<ReviewTask> earlierTasks(ReviewTask task) {
        return tasksOf(task.itemType(), task.itemId()).stream().filter(t -> t.id() < task.id()).toList();
    }

    /** How many findings the pre-scan stored with the task. */
    public static int findingCount(ReviewTask task) {
        try (JsonReader reader = Json.createReader(new StringReader(task.findings()))) {
            return reader.readArray().size();
        }
    }

    /** The findings accepted with a reason so far, by index. */
    @RolesAllowed({"REVIEWER", "LEADER", "EDITOR", "OFFICER"})
    public List<Acceptance> acceptancesOf(long taskId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select finding_index, reason, accepted_by, accepted_at "
                        + "from review_finding_acceptance where task_id = ?1 order by finding_index")
                .setParameter(1, taskId)
                .getResultList();
        return rows.stream().map(row -> new Acceptance(((Number) row[0]).intValue(), (String) row[1], (String) row[2],
                row[3] instanceof java.sql.Timestamp t ? t.toInstant()
                        : row[3] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) row[3])).toList();
    }

    /** Decides the task's current step; see {@link #decide(long, Decision, String, Map)}. */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public ReviewTask decide(long id, Decision decision, String reason) {
        return decide(id, decision, reason, Map.of());
    }

    /**
     * Decides the task's current step. Refused with 409 when the task is no longer pending or the
     * item changed since submission, with 403 when the caller lacks the step's role, wrote the item
     * or an earlier version of it, or already decided an earlier step of it (separation of duties).
     * An approval must resolve every finding of the pre-scan (also those in attachments): each one
     * not accepted at an earlier step is accepted now with its reason ({@code accepted}, by the
     * finding's index); a finding that should be masked is returned to the author, whose masked
     * version the next scan no longer finds. Otherwise the approval is refused with 400.
     */
    @RolesAllowed({"REVIEWER", "LEADER"})
    public ReviewTask decide(long id, Decision decision, String reason, Map<Integer, String> accepted) {
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
        Optional<String> refused = whyNotDecide(task);
        if (refused.isPresent()) {
            throw new ForbiddenActionException(refused.get());
        }
        String why = reason.strip();
        Map<Integer, String> newlyAccepted = new TreeMap<>();
        if (decision == Decision.APPROVE) {
            Set<Integer> done = new HashSet<>();
            acceptancesOf(id).forEach(a -> done.add(a.index()));
            List<Integer> open = new ArrayList<>();
            int findings = findingCount(task);
            for (int index = 0; index < findings; index++) {
                String given = accepted == null ? null : accepted.get(index);
                if (done.contains(index)) {
                    continue;
                }
                if (given == null || given.isBlank()) {
                    open.add(index + 1);
                } else if (given.strip().length() > 1000) {
                    throw new InvalidInputException("invalid_input", Map.of("findings", "接受理由不能超过1000个字"));
                } else {
                    newlyAccepted.put(index, given.strip());
                }
            }
            if (!open.isEmpty()) {
                throw new InvalidInputException("invalid_input", Map.of("findings", "第" + open.stream()
                        .map(String::valueOf).collect(Collectors.joining("、")) + "处发现尚未处理：请逐项说明接受理由，"
                        + "或退回作者遮盖后重新提交"));
            }
        }
        newlyAccepted.forEach((index, text) -> em.createNativeQuery("insert into review_finding_acceptance "
                        + "(task_id, finding_index, reason, accepted_by, accepted_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, index).setParameter(3, text)
                .setParameter(4, reviewer.username()).setParameter(5, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate());
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
                        + recorded.role() + "): " + why
                        + (newlyAccepted.isEmpty() ? "" : "; findings accepted " + newlyAccepted.keySet()));
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

    /** Everyone who wrote or changed this or any earlier version of the task's item. */
    private Set<String> authorsOf(ReviewTask task) {
        Set<String> authors = new HashSet<>(task.contributorSet());
        em.createNamedQuery(ReviewTask.OF_ITEM, ReviewTask.class)
                .setParameter("itemType", task.itemType())
                .setParameter("itemId", task.itemId())
                .getResultStream()
                .forEach(earlier -> authors.addAll(earlier.contributorSet()));
        return authors;
    }

    private String currentHash(ReviewTask task) {
        return itemOf(task).map(item -> item.currentHash(task.itemId(), task.versionId())).orElse(null);
    }

    private java.util.Optional<ReviewableItem> itemOf(ReviewTask task) {
        return reviewableItems.stream().filter(item -> item.itemType().equals(task.itemType())).findFirst();
    }
}
