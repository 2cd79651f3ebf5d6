package org.gongkai.request.entity;

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

/**
 * One drafted reply letter (答复告知书) of a request: the outcome, its reason and the officer's
 * text, and the whole letter as the applicant will read it. The letter is what the confidentiality
 * review approves; its hash is computed by the database.
 */
@Entity
@Table(name = "request_reply")
@NamedQuery(name = ReplyLetter.OF_REQUEST, query = "select l from ReplyLetter l where l.requestId = :request order by l.number")
public class ReplyLetter {

    public static final String OF_REQUEST = "ReplyLetter.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private OutcomeReason reason;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "refer_to", updatable = false)
    private String referTo;

    @Column(nullable = false, updatable = false)
    private String letter;

    /** The files the letter delivers, one "id:sha256:name" line each; covered by the hash. */
    @Column(nullable = false, updatable = false)
    private String files = "";

    @Column(name = "content_hash", nullable = false, insertable = false, updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyState state = ReplyState.IN_REVIEW;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_on", nullable = false, updatable = false)
    private LocalDate draftedOn;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    protected ReplyLetter() {
    }

    public ReplyLetter(long requestId, int number, Outcome outcome, OutcomeReason reason, String text, String referTo,
                       String letter, String draftedBy, LocalDate draftedOn, Instant draftedAt) {
        this.requestId = requestId;
        this.number = number;
        this.outcome = outcome;
        this.reason = reason;
        this.text = text;
        this.referTo = referTo;
        this.letter = letter;
        this.draftedBy = draftedBy;
        this.draftedOn = draftedOn;
        this.draftedAt = draftedAt;
    }

    /** Lists the files this letter delivers; only before it is stored. */
    public void deliver(java.util.List<ReplyFile> delivered) {
        if (id != null) {
            throw new IllegalStateException("the files of a stored letter do not change");
        }
        this.files = String.join("\n", delivered.stream().map(ReplyFile::manifestLine).toList());
    }

    /** The ids of the files this letter delivers. */
    public java.util.List<Long> fileIds() {
        return files == null || files.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(files.split("\n")).map(line -> Long.valueOf(line.substring(0, line.indexOf(':'))))
                .toList();
    }

    public void markReleased(LocalDate on) {
        this.state = ReplyState.RELEASED;
        this.releasedOn = on;
    }

    public void markReturned() {
        this.state = ReplyState.RETURNED;
    }

    public void markRejected() {
        this.state = ReplyState.REJECTED;
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public int number() {
        return number;
    }

    public Outcome outcome() {
        return outcome;
    }

    public OutcomeReason reason() {
        return reason;
    }

    public String text() {
        return text;
    }

    public String referTo() {
        return referTo;
    }

    public String letter() {
        return letter;
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

    public LocalDate draftedOn() {
        return draftedOn;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public LocalDate releasedOn() {
        return releasedOn;
    }
}
