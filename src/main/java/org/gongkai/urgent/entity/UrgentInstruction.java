package org.gongkai.urgent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Instant;
import java.time.LocalDate;

/** A leader's instruction (领导批示) on an incident, which the unit answers with its feedback by a date. */
@Entity
@Table(name = "urgent_instruction")
@NamedQuery(name = UrgentInstruction.OF_INCIDENT, query = "select i from UrgentInstruction i "
        + "where i.incidentId = :incident order by i.id")
public class UrgentInstruction {

    public static final String OF_INCIDENT = "UrgentInstruction.ofIncident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(nullable = false, updatable = false)
    private String leader;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "feedback_due", nullable = false, updatable = false)
    private LocalDate feedbackDue;

    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "feedback_by")
    private String feedbackBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected UrgentInstruction() {
    }

    public UrgentInstruction(long incidentId, String leader, String text, LocalDate givenOn, LocalDate feedbackDue,
                             Instant recordedAt, String recordedBy) {
        this.incidentId = incidentId;
        this.leader = leader;
        this.text = text;
        this.givenOn = givenOn;
        this.feedbackDue = feedbackDue;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The unit's feedback: how it acted on the instruction. Once only. */
    public void answer(String text, Instant at, String by) {
        if (feedback != null) {
            throw new StateConflictException("urgent_feedback_given");
        }
        this.feedback = text;
        this.feedbackAt = at;
        this.feedbackBy = by;
    }

    public Long id() {
        return id;
    }

    public long incidentId() {
        return incidentId;
    }

    public String leader() {
        return leader;
    }

    public String text() {
        return text;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public LocalDate feedbackDue() {
        return feedbackDue;
    }

    public String feedback() {
        return feedback;
    }

    public Instant feedbackAt() {
        return feedbackAt;
    }

    public String feedbackBy() {
        return feedbackBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
