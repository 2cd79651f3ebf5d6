package org.gongkai.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person's decision at one step of a review, with the reason. Never changed. */
@Entity
@Table(name = "review_decision")
@NamedQuery(name = ReviewDecision.OF_TASK, query = "select d from ReviewDecision d where d.taskId = :taskId "
        + "order by d.step")
@NamedQuery(name = ReviewDecision.OF_TASKS, query = "select d from ReviewDecision d where d.taskId in :taskIds "
        + "order by d.taskId, d.step")
public class ReviewDecision {

    public static final String OF_TASK = "ReviewDecision.ofTask";
    public static final String OF_TASKS = "ReviewDecision.ofTasks";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private Long taskId;

    @Column(nullable = false, updatable = false)
    private int step;

    @Column(nullable = false, updatable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Decision decision;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    public ReviewDecision(ReviewTask task, Decision decision, String reason, String decidedBy, Instant decidedAt) {
        this.taskId = task.id();
        this.step = task.step();
        this.role = task.currentRole();
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long taskId() {
        return taskId;
    }

    public int step() {
        return step;
    }

    public String role() {
        return role;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
