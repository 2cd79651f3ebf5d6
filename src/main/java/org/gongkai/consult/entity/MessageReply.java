package org.gongkai.consult.entity;

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
import java.time.LocalDate;

/** One drafted answer to a message; the database computes its content hash, which the review binds. */
@Entity
@Table(name = "consult_reply")
@NamedQuery(name = MessageReply.OF_MESSAGE, query = "select r from MessageReply r where r.messageId = :message order by r.id")
public class MessageReply {

    public static final String OF_MESSAGE = "MessageReply.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    @Column(nullable = false, updatable = false)
    private int round;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "content_hash", insertable = false, updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyState state = ReplyState.IN_REVIEW;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    protected MessageReply() {
    }

    public MessageReply(long messageId, int round, String text, String draftedBy, Instant draftedAt) {
        this.messageId = messageId;
        this.round = round;
        this.text = text;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    public void released(LocalDate on) {
        state = ReplyState.RELEASED;
        releasedOn = on;
    }

    public void notApproved(boolean returned) {
        state = returned ? ReplyState.RETURNED : ReplyState.REJECTED;
    }

    public Long id() {
        return id;
    }

    public long messageId() {
        return messageId;
    }

    public int round() {
        return round;
    }

    public String text() {
        return text;
    }

    public String contentHash() {
        return contentHash;
    }

    public ReplyState state() {
        return state;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public LocalDate releasedOn() {
        return releasedOn;
    }
}
