package org.gongkai.consult.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.gongkai.platform.entity.EncryptedString;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A message to the public desk (咨询、建议、投诉、纠错) and the facts of its handling. The writer's name,
 * phone and e-mail are personal data: encrypted at rest (PIPL Art. 51), shown to the office and the
 * assigned unit only, never in a public view, an audit detail or a log line. Its due date is stored
 * as computed (for the queues' order); whether it is overdue is computed on each reading.
 */
@Entity
@Table(name = "consult_message")
@NamedQuery(name = PublicMessage.BY_CODE, query = "select m from PublicMessage m where m.queryCode = :code")
public class PublicMessage {

    public static final String BY_CODE = "PublicMessage.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "query_code", nullable = false, updatable = false)
    private String queryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Column(name = "organ_code")
    private String organCode;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String content;

    @Convert(converter = EncryptedString.class)
    @Column(name = "writer_name", nullable = false, updatable = false)
    private String writerName;

    @Convert(converter = EncryptedString.class)
    @Column(updatable = false)
    private String phone;

    @Convert(converter = EncryptedString.class)
    @Column(updatable = false)
    private String email;

    @Column(name = "wants_public", nullable = false, updatable = false)
    private boolean wantsPublic;

    @Column(name = "passcode_salt", nullable = false, updatable = false)
    private String passcodeSalt;

    @Column(name = "passcode_hash", nullable = false, updatable = false)
    private String passcodeHash;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    /** The day the running period counts from: receipt, or the day of the second handling. */
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** The due date of the first handling (with its extension): "on time" is measured against it. */
    @Column(name = "first_due_on", nullable = false)
    private LocalDate firstDueOn;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status = MessageStatus.RECEIVED;

    @Column(name = "invalid_reason")
    private String invalidReason;

    @Column(name = "duplicate_of")
    private String duplicateOf;

    @Column(nullable = false)
    private int round = 1;

    @Column(name = "released_reply_id")
    private Long releasedReplyId;

    @Column(name = "first_replied_on")
    private LocalDate firstRepliedOn;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    private Boolean satisfied;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_round")
    private Integer ratedRound;

    @Column(nullable = false)
    private boolean faq;

    protected PublicMessage() {
    }

    public PublicMessage(String queryCode, MessageKind kind, String organCode, String title, String content,
                         String writerName, String phone, String email, boolean wantsPublic, String passcodeSalt,
                         String passcodeHash, Instant submittedAt, LocalDate receivedOn, LocalDate dueOn) {
        this.queryCode = queryCode;
        this.kind = kind;
        this.organCode = organCode;
        this.title = title;
        this.content = content;
        this.writerName = writerName;
        this.phone = phone;
        this.email = email;
        this.wantsPublic = wantsPublic;
        this.passcodeSalt = passcodeSalt;
        this.passcodeHash = passcodeHash;
        this.submittedAt = submittedAt;
        this.receivedOn = receivedOn;
        this.periodStart = receivedOn;
        this.dueOn = dueOn;
        this.firstDueOn = dueOn;
    }

    /** 批分: the office gives the message to a unit (again, while no answer is drafted). */
    public void assign(String organ) {
        if (status != MessageStatus.RECEIVED && status != MessageStatus.ASSIGNED) {
            throw new StateConflictException("message_not_assignable");
        }
        organCode = organ;
        status = MessageStatus.ASSIGNED;
    }

    /** Screened out: no usable contact, a duplicate (of {@code duplicateOf}), abuse. */
    public void invalid(String reason, String duplicateOf) {
        if (status != MessageStatus.RECEIVED && status != MessageStatus.ASSIGNED) {
            throw new StateConflictException("message_not_assignable");
        }
        status = MessageStatus.INVALID;
        invalidReason = reason;
        this.duplicateOf = duplicateOf;
    }

    /** The unit's answer went to the review. */
    public void answerSubmitted() {
        if (status != MessageStatus.ASSIGNED) {
            throw new StateConflictException("message_not_answerable");
        }
        status = MessageStatus.IN_REVIEW;
    }

    /** The review returned or rejected the answer: the unit drafts again. */
    public void answerNotApproved() {
        status = MessageStatus.ASSIGNED;
    }

    /** The approved answer reaches the writer (and the public list, if the writer agreed). */
    public void release(long replyId, LocalDate on) {
        releasedReplyId = replyId;
        repliedOn = on;
        if (firstRepliedOn == null) {
            firstRepliedOn = on;
        }
        status = MessageStatus.ANSWERED;
    }

    /** The one extension; {@code dueOn} is recomputed by the caller. */
    public void extend(int workingDays, String reason, LocalDate newDueOn) {
        if (extensionDays > 0) {
            throw new StateConflictException("message_extended");
        }
        if (!status.open()) {
            throw new StateConflictException("message_closed");
        }
        extensionDays = workingDays;
        extensionReason = reason;
        dueOn = newDueOn;
        if (round == 1) {
            firstDueOn = newDueOn;
        }
    }

    /**
     * The writer's rating of the current answer. An unsatisfied writer gets a second handling once:
     * the message goes back to the unit with a new period from {@code reopenOn}.
     *
     * @return whether the message reopened
     */
    public boolean rate(boolean satisfied, String comment, LocalDate reopenOn, LocalDate newDueOn) {
        if (status != MessageStatus.ANSWERED) {
            throw new StateConflictException("message_not_answered");
        }
        if (ratedRound != null && ratedRound == round) {
            throw new StateConflictException("message_rated");
        }
        this.satisfied = satisfied;
        this.ratingComment = comment;
        this.ratedRound = round;
        if (!satisfied && round == 1) {
            round = 2;
            status = MessageStatus.ASSIGNED;
            periodStart = reopenOn;
            extensionDays = 0;
            extensionReason = null;
            dueOn = newDueOn;
            return true;
        }
        return false;
    }

    public void faq(boolean faq) {
        this.faq = faq;
    }

    public Long id() { return id; }
    public String queryCode() { return queryCode; }
    public MessageKind kind() { return kind; }
    public String organCode() { return organCode; }
    public String title() { return title; }
    public String content() { return content; }
    public String writerName() { return writerName; }
    public String phone() { return phone; }
    public String email() { return email; }
    public boolean wantsPublic() { return wantsPublic; }
    public String passcodeSalt() { return passcodeSalt; }
    public String passcodeHash() { return passcodeHash; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate firstDueOn() { return firstDueOn; }
    public int extensionDays() { return extensionDays; }
    public String extensionReason() { return extensionReason; }
    public MessageStatus status() { return status; }
    public String invalidReason() { return invalidReason; }
    public String duplicateOf() { return duplicateOf; }
    public int round() { return round; }
    public Long releasedReplyId() { return releasedReplyId; }
    public LocalDate firstRepliedOn() { return firstRepliedOn; }
    public LocalDate repliedOn() { return repliedOn; }
    public Boolean satisfied() { return satisfied; }
    public String ratingComment() { return ratingComment; }
    public Integer ratedRound() { return ratedRound; }
    public boolean faq() { return faq; }
}
