package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Instant;
import java.time.LocalDate;

/** A leader's instruction (领导批示) written on an item, and the unit's feedback on how it acted. */
@Entity
@Table(name = "info_instruction")
public class Instruction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(nullable = false)
    private String leader;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level level;

    @Column(nullable = false)
    private String text;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "feedback_due", nullable = false)
    private LocalDate feedbackDue;

    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "feedback_by")
    private String feedbackBy;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Instruction() {
    }

    public Instruction(long itemId, String leader, Level level, String text, LocalDate givenOn, LocalDate feedbackDue,
                       String recordedBy, Instant recordedAt) {
        this.itemId = itemId;
        this.leader = leader;
        this.level = level;
        this.text = text;
        this.givenOn = givenOn;
        this.feedbackDue = feedbackDue;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The unit reports how it acted on the instruction (批示落实反馈), once. */
    public void reportFeedback(String how, Instant at, String by) {
        if (feedback != null) {
            throw new StateConflictException("info_feedback_given");
        }
        this.feedback = how;
        this.feedbackAt = at;
        this.feedbackBy = by;
    }

    /** Whether the feedback is past its due date on {@code today}: missing after it, or given after it. */
    public boolean overdue(LocalDate today, java.time.ZoneId zone) {
        LocalDate reported = feedbackAt == null ? null : LocalDate.ofInstant(feedbackAt, zone);
        return reported == null ? today.isAfter(feedbackDue) : reported.isAfter(feedbackDue);
    }

    public Long id() {
        return id;
    }

    public Long itemId() {
        return itemId;
    }

    public String leader() {
        return leader;
    }

    public Level level() {
        return level;
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
}
