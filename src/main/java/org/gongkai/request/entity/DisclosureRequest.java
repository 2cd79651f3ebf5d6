package org.gongkai.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.platform.entity.StateConflictException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An application for the disclosure of government information (政府信息公开申请) and the facts
 * of its handling: receipt, supplementation, extension, fee, outcome. Its due date is stored as
 * last computed (for the queue's order and filters); whether it is overdue is always computed.
 */
@Entity
@Table(name = "disclosure_request")
@NamedQuery(name = DisclosureRequest.BY_CODE, query = "select r from DisclosureRequest r where r.trackingCode = :code")
@NamedQuery(name = DisclosureRequest.OPEN, query = "select r from DisclosureRequest r "
        + "where r.status <> org.gongkai.request.entity.RequestStatus.CLOSED order by r.id")
@NamedQuery(name = DisclosureRequest.COUNT_OF_APPLICANT, query = "select count(r) from DisclosureRequest r "
        + "where r.applicantKey = :key and r.firstReceivedOn >= :monthStart and r.firstReceivedOn < :monthEnd "
        + "and (r.firstReceivedOn < :receivedOn or (r.firstReceivedOn = :receivedOn and r.id <= :id))")
public class DisclosureRequest {

    public static final String BY_CODE = "DisclosureRequest.byCode";
    public static final String OPEN = "DisclosureRequest.open";
    public static final String COUNT_OF_APPLICANT = "DisclosureRequest.countOfApplicant";

    /** From the table's sequence, fetched 50 at a time (V40 sets its increment), so a filing needs no extra round trip. */
    @Id
    @SequenceGenerator(name = "disclosure_request_id", sequenceName = "disclosure_request_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_request_id")
    private Long id;

    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "passcode_salt", nullable = false, updatable = false)
    private String passcodeSalt;

    @Column(name = "passcode_hash", nullable = false, updatable = false)
    private String passcodeHash;

    @Embedded
    private Applicant applicant;

    /**
     * Counts one applicant's applications (fees per applicant and month, 国办函〔2020〕109号): the keyed
     * SM3 hash (HMAC-SM3) of the kind and normalised number of the identity document, never a plain
     * hash of it, which anyone could recompute from the few billion possible ID numbers (GB/T 39786-2021).
     * Rewritten only when the look-up key is rotated (native SQL in {@code ApplicantDataEncryption}).
     */
    @Column(name = "applicant_key", nullable = false, updatable = false)
    private String applicantKey;

    /** The keyed SM3 hash of the applicant's name as normalised, for the officers' exact-name search. */
    @Column(name = "applicant_name_key", updatable = false)
    private String applicantNameKey;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "doc_no", updatable = false)
    private String docNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_form", nullable = false, updatable = false)
    private DeliveryFormat deliveryFormat;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false, updatable = false)
    private DeliveryMethod deliveryMethod;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "registered_by", updatable = false)
    private String registeredBy;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "first_received_on", nullable = false, updatable = false)
    private LocalDate firstReceivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.PROCESSING;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;

    @Column(name = "supplementation_items")
    private String supplementationItems;

    @Column(name = "supplementation_sent_on")
    private LocalDate supplementationSentOn;

    @Column(name = "supplementation_deadline")
    private LocalDate supplementationDeadline;

    @Column(name = "supplemented_on")
    private LocalDate supplementedOn;

    @Column(name = "supplement_text")
    private String supplementText;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_state")
    private ExtensionState extensionState;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extension_requested_by")
    private String extensionRequestedBy;

    @Column(name = "extension_requested_on")
    private LocalDate extensionRequestedOn;

    @Column(name = "extension_decided_by")
    private String extensionDecidedBy;

    @Column(name = "extension_decided_on")
    private LocalDate extensionDecidedOn;

    @Column(name = "extension_note")
    private String extensionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method")
    private FeeMethod feeMethod;

    @Column(name = "fee_pages")
    private Integer feePages;

    @Column(name = "fee_amount")
    private BigDecimal feeAmount;

    @Column(name = "fee_noticed_on")
    private LocalDate feeNoticedOn;

    @Column(name = "fee_paid_on")
    private LocalDate feePaidOn;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_reason")
    private OutcomeReason outcomeReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "released_reply_id")
    private Long releasedReplyId;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected DisclosureRequest() {
    }

    public DisclosureRequest(String trackingCode, String organCode, Channel channel, String passcodeSalt,
                             String passcodeHash, Applicant applicant, String applicantKey, String description,
                             String docNo, DeliveryFormat deliveryFormat, DeliveryMethod deliveryMethod,
                             Instant submittedAt, String registeredBy, LocalDate receivedOn) {
        this.trackingCode = trackingCode;
        this.organCode = organCode;
        this.channel = channel;
        this.passcodeSalt = passcodeSalt;
        this.passcodeHash = passcodeHash;
        this.applicant = applicant;
        this.applicantKey = applicantKey;
        this.description = description;
        this.docNo = docNo;
        this.deliveryFormat = deliveryFormat;
        this.deliveryMethod = deliveryMethod;
        this.submittedAt = submittedAt;
        this.registeredBy = registeredBy;
        this.receivedOn = receivedOn;
        this.firstReceivedOn = receivedOn;
    }

    public void dueOn(DueDate due) {
        this.dueOn = due == null ? null : due.due();
        this.dueProvisional = due != null && due.provisional();
    }

    /** The one correction notice (Art. 30): everything to correct at once, with a deadline. */
    public void requestSupplementation(String itemsJson, LocalDate sentOn, LocalDate deadline) {
        if (supplementationSentOn != null) {
            throw new StateConflictException("supplementation_once");
        }
        requireStatus(RequestStatus.PROCESSING);
        this.supplementationItems = itemsJson;
        this.supplementationSentOn = sentOn;
        this.supplementationDeadline = deadline;
        this.status = RequestStatus.AWAITING_SUPPLEMENT;
        this.dueOn = null;
        this.dueProvisional = false;
    }

    /**
     * The corrected application is received: the reply period restarts from that day (Art. 30 of the
     * OGI Regulations). The first receipt stays recorded in {@code firstReceivedOn}.
     */
    public void restartPeriod(String correctedText, LocalDate correctedReceivedOn) {
        requireStatus(RequestStatus.AWAITING_SUPPLEMENT);
        this.supplementText = correctedText;
        this.supplementedOn = correctedReceivedOn;
        this.receivedOn = correctedReceivedOn;
        this.status = RequestStatus.PROCESSING;
    }

    /** A third party is consulted: the reply clock stops while it is (Art. 32–33). */
    public void pauseForConsultation() {
        requireStatus(RequestStatus.PROCESSING, RequestStatus.CONSULTING);
        this.status = RequestStatus.CONSULTING;
    }

    /** The last open consultation is answered (or its 15 working days ran out): the clock runs again. */
    public void resumeAfterConsultation() {
        requireStatus(RequestStatus.CONSULTING);
        this.status = RequestStatus.PROCESSING;
    }

    /** A reply letter is drafted and goes to the confidentiality review before the applicant sees it (Art. 17). */
    public void sendReplyToReview() {
        requireStatus(RequestStatus.PROCESSING);
        this.status = RequestStatus.REPLY_IN_REVIEW;
    }

    /** The review returned or rejected the letter: the officer works on the reply again. */
    public void replyNotApproved() {
        requireStatus(RequestStatus.REPLY_IN_REVIEW);
        this.status = RequestStatus.PROCESSING;
    }

    private void requireStatus(RequestStatus... allowed) {
        if (status == RequestStatus.CLOSED) {
            throw new StateConflictException("request_closed");
        }
        for (RequestStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new StateConflictException("request_state");
    }

    /** The one extension, of at most 20 working days, for a leader to approve (Art. 33). */
    public void requestExtension(int workingDays, String reason, String officer, LocalDate on) {
        if (extensionState != null) {
            throw new StateConflictException("extension_once");
        }
        if (status == RequestStatus.CLOSED) {
            throw new StateConflictException("request_closed");
        }
        this.extensionState = ExtensionState.REQUESTED;
        this.extensionDays = workingDays;
        this.extensionReason = reason;
        this.extensionRequestedBy = officer;
        this.extensionRequestedOn = on;
    }

    /** The leader's decision on the requested extension (Art. 33: approved by the head of the OGI office). */
    public void decideExtension(boolean approved, String leader, LocalDate on, String note) {
        if (extensionState != ExtensionState.REQUESTED) {
            throw new StateConflictException("extension_not_requested");
        }
        this.extensionState = approved ? ExtensionState.APPROVED : ExtensionState.REFUSED;
        this.extensionDecidedBy = leader;
        this.extensionDecidedOn = on;
        this.extensionNote = note;
    }

    /** The working days the approved extension adds; 0 without one. */
    public int approvedExtensionDays() {
        return extensionState == ExtensionState.APPROVED && extensionDays != null ? extensionDays : 0;
    }

    /** The fee notice: the reply clock waits for the payment (国办函〔2020〕109号). */
    public void noticeFee(FeeMethod method, Integer pages, BigDecimal amount, LocalDate on) {
        requireStatus(RequestStatus.PROCESSING);
        this.feeMethod = method;
        this.feePages = pages;
        this.feeAmount = amount;
        this.feeNoticedOn = on;
        this.status = RequestStatus.AWAITING_FEE;
    }

    public void feePaid(LocalDate on) {
        requireStatus(RequestStatus.AWAITING_FEE);
        this.feePaidOn = on;
        this.status = RequestStatus.PROCESSING;
    }

    /** Closes the request with one of the outcomes of Art. 36–39 of the OGI Regulations. */
    public void close(Outcome closedWith, OutcomeReason reason, LocalDate on) {
        if (status == RequestStatus.CLOSED) {
            throw new StateConflictException("request_closed");
        }
        this.outcome = closedWith;
        this.outcomeReason = reason;
        this.closedOn = on;
        this.status = RequestStatus.CLOSED;
    }

    /** Releases the approved letter to the applicant and closes the request with its outcome. */
    public void release(ReplyLetter letter, LocalDate on) {
        this.releasedReplyId = letter.id();
        close(letter.outcome(), letter.reason(), on);
    }

    /**
     * The day the application reached the organ. An online filing made on a weekend or holiday
     * counts as received on the next working day (Art. 31), but officers may act on it — send a
     * correction notice, consult, notice a fee — from the day it arrived.
     */
    public LocalDate arrivedOn(ZoneId zone) {
        LocalDate submitted = submittedAt == null ? null : LocalDate.ofInstant(submittedAt, zone);
        return submitted != null && submitted.isBefore(receivedOn) ? submitted : receivedOn;
    }

    public Long id() {
        return id;
    }

    public String trackingCode() {
        return trackingCode;
    }

    public String organCode() {
        return organCode;
    }

    public Channel channel() {
        return channel;
    }

    public String passcodeSalt() {
        return passcodeSalt;
    }

    public String passcodeHash() {
        return passcodeHash;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String applicantKey() {
        return applicantKey;
    }

    /** Set once, on filing, with the look-up key of the applicant's name. */
    public void applicantNameKey(String nameKey) {
        if (id != null) {
            throw new IllegalStateException("the name's look-up key is set before the request is stored");
        }
        this.applicantNameKey = nameKey;
    }

    public String description() {
        return description;
    }

    public String docNo() {
        return docNo;
    }

    public DeliveryFormat deliveryFormat() {
        return deliveryFormat;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate firstReceivedOn() {
        return firstReceivedOn;
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean dueProvisional() {
        return dueProvisional;
    }

    public String supplementationItems() {
        return supplementationItems;
    }

    public LocalDate supplementationSentOn() {
        return supplementationSentOn;
    }

    public LocalDate supplementationDeadline() {
        return supplementationDeadline;
    }

    public LocalDate supplementedOn() {
        return supplementedOn;
    }

    public String supplementText() {
        return supplementText;
    }

    public ExtensionState extensionState() {
        return extensionState;
    }

    public Integer extensionDays() {
        return extensionDays;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public String extensionRequestedBy() {
        return extensionRequestedBy;
    }

    public LocalDate extensionRequestedOn() {
        return extensionRequestedOn;
    }

    public String extensionDecidedBy() {
        return extensionDecidedBy;
    }

    public LocalDate extensionDecidedOn() {
        return extensionDecidedOn;
    }

    public String extensionNote() {
        return extensionNote;
    }

    public FeeMethod feeMethod() {
        return feeMethod;
    }

    public Integer feePages() {
        return feePages;
    }

    public BigDecimal feeAmount() {
        return feeAmount;
    }

    public LocalDate feeNoticedOn() {
        return feeNoticedOn;
    }

    public LocalDate feePaidOn() {
        return feePaidOn;
    }

    public Outcome outcome() {
        return outcome;
    }

    public OutcomeReason outcomeReason() {
        return outcomeReason;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Long releasedReplyId() {
        return releasedReplyId;
    }
}
