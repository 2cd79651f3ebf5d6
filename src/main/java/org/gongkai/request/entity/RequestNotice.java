package org.gongkai.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An e-mail notice to the applicant about one step of their request, kept until the SMTP server
 * takes it. The address is read from the request when sending.
 */
@Entity
@Table(name = "request_notice")
@NamedQuery(name = RequestNotice.PENDING, query = "select n from RequestNotice n where n.sentAt is null "
        + "and n.nextAttemptAt <= :now order by n.id")
public class RequestNotice {

    public static final String PENDING = "RequestNotice.pending";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected RequestNotice() {
    }

    public RequestNotice(long requestId, String kind, String subject, String body, Instant createdAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public void sent(Instant at) {
        this.sentAt = at;
        this.attempts++;
    }

    /** A failed attempt: try again later, waiting longer each time (up to a day). */
    public void failed(Instant at) {
        this.attempts++;
        long minutes = Math.min(24 * 60, 5L << Math.min(attempts, 8));
        this.nextAttemptAt = at.plusSeconds(minutes * 60);
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public String kind() {
        return kind;
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

    public int attempts() {
        return attempts;
    }
}
