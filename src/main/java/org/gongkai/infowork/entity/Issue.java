package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue (期) of a publication, numbered per publication and year, compiled from adopted items.
 * Its text is fixed at compilation (the database hashes it); an issue of a public publication is
 * published only after the confidentiality review approves that text.
 */
@Entity
@Table(name = "info_issue")
public class Issue {

    /** INTERNAL: an internal publication's issue, never on the site. */
    public enum State { INTERNAL, IN_REVIEW, PUBLISHED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "publication_code", nullable = false, updatable = false)
    private String publicationCode;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "content_hash", insertable = false, updatable = false)
    private String contentHash;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private State status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "compiled_by", nullable = false, updatable = false)
    private String compiledBy;

    @Column(name = "compiled_at", nullable = false, updatable = false)
    private Instant compiledAt;

    protected Issue() {
    }

    public Issue(String publicationCode, int year, int number, String organCode, LocalDate issuedOn, String content,
                 boolean publicPublication, String compiledBy, Instant compiledAt) {
        this.publicationCode = publicationCode;
        this.year = year;
        this.number = number;
        this.organCode = organCode;
        this.issuedOn = issuedOn;
        this.content = content;
        this.status = publicPublication ? State.IN_REVIEW : State.INTERNAL;
        this.compiledBy = compiledBy;
        this.compiledAt = compiledAt;
    }

    public void publish(Instant at) {
        if (status != State.IN_REVIEW) {
            throw new StateConflictException("review_stale");
        }
        this.status = State.PUBLISHED;
        this.publishedAt = at;
    }

    public void notApproved() {
        if (status == State.IN_REVIEW) {
            this.status = State.RETURNED;
        }
    }

    public Long id() {
        return id;
    }

    public String publicationCode() {
        return publicationCode;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String organCode() {
        return organCode;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String content() {
        return content;
    }

    public String contentHash() {
        return contentHash;
    }

    public State status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
