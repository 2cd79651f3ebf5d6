package org.gongkai.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail in the outbox: written with the step it tells about, claimed by one server for a
 * lease, sent after the claim has committed, then marked sent (its recipient erased) or put back
 * with a growing pause.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, updatable = false)
    private String itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;

    @Column(nullable = false, updatable = false)
    private String kind;

    /** Personal data (PIPL Art. 51): encrypted at rest, erased once sent. */
    @Convert(converter = EncryptedString.class)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by")
    private String claimedBy;

    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_failure")
    private String lastFailure;

    protected OutgoingMail() {
    }

    public OutgoingMail(String itemType, String itemId, String kind, String recipient, String subject, String body,
                        Instant queuedAt) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.queuedAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    /** Taken by one server until {@code until}; no other server sends it meanwhile. */
    public void claim(String server, Instant until) {
        this.claimedBy = server;
        this.claimedUntil = until;
    }

    /** The SMTP server took it: kept as a record of what was sent and when, without the address. */
    public void sent(Instant at) {
        this.sentAt = at;
        this.attempts++;
        this.recipient = null;
        this.claimedUntil = null;
        this.lastFailure = null;
    }

    /** A failed attempt: tried again later, waiting longer each time (10 minutes, 20, … up to a day). */
    public void failed(Instant at, String why) {
        this.attempts++;
        long minutes = Math.min(24 * 60, 5L << Math.min(attempts, 9));
        this.nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
        this.claimedUntil = null;
        this.lastFailure = why == null ? null : why.substring(0, Math.min(300, why.length()));
    }

    public Long id() {
        return id;
    }

    public String itemType() {
        return itemType;
    }

    public String itemId() {
        return itemId;
    }

    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }
}
