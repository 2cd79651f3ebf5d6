package org.gongkai.infowork.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An information item (政务信息) of a unit: drafted and signed by the unit (审签), submitted to the
 * office, then returned, declined or adopted. The officer's original text stays as written; the
 * office's edited text is kept beside it.
 */
@Entity
@Table(name = "info_item")
public class InfoItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemType type;

    private boolean negative;

    @Column(name = "commission_id")
    private Long commissionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "info_item_joint", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "organ_code")
    private Set<String> jointOrgans = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status = ItemStatus.DRAFT;

    private String signer;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    private Integer year;

    private Integer month;

    @Column(name = "body_hash")
    private String bodyHash;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "publication_code")
    private String publicationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "adopted_form")
    private AdoptionForm adoptedForm;

    @Column(name = "adopted_title")
    private String adoptedTitle;

    @Column(name = "adopted_body")
    private String adoptedBody;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "adopted_by")
    private String adoptedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected InfoItem() {
    }

    public InfoItem(String organCode, String author, Instant createdAt) {
        this.organCode = organCode;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** Writes the draft (or the returned item) anew. */
    public void write(String newTitle, String newBody, ItemType newType, boolean isNegative, Long commission,
                      Set<String> joint) {
        if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
            throw new StateConflictException("info_item_not_editable");
        }
        this.title = newTitle;
        this.body = newBody;
        this.type = newType;
        this.negative = isNegative;
        this.commissionId = commission;
        this.jointOrgans.clear();
        this.jointOrgans.addAll(joint);
    }

    /** Sends the signed item to the office (审签 recorded). The first submission fixes its year and month. */
    public void submit(String signedBy, Instant at, LocalDate on, String normalisedHash) {
        if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
            throw new StateConflictException("info_item_not_submittable");
        }
        this.signer = signedBy;
        this.bodyHash = normalisedHash;
        if (submittedAt == null) {
            this.submittedAt = at;
            this.submittedOn = on;
            this.year = on.getYear();
            this.month = on.getMonthValue();
        }
        this.returnReason = null;
        this.status = ItemStatus.SUBMITTED;
    }

    public void returnToUnit(String reason) {
        requireSubmitted();
        this.returnReason = reason;
        this.status = ItemStatus.RETURNED;
    }

    public void decline(String reason) {
        requireSubmitted();
        this.declineReason = reason;
        this.status = ItemStatus.DECLINED;
    }

    /** Adopted into the office's publication with the edited text; the original stays. */
    public void adopt(String publication, AdoptionForm form, String editedTitle, String editedBody, LocalDate on,
                      String by) {
        requireSubmitted();
        this.publicationCode = publication;
        this.adoptedForm = form;
        this.adoptedTitle = editedTitle;
        this.adoptedBody = editedBody;
        this.adoptedOn = on;
        this.adoptedBy = by;
        this.status = ItemStatus.ADOPTED;
    }

    private void requireSubmitted() {
        if (status != ItemStatus.SUBMITTED) {
            throw new StateConflictException("info_item_not_submitted");
        }
    }

    /** The units that share the item's points: the lead unit first, then the joint units in code order. */
    public List<String> organs() {
        List<String> all = new ArrayList<>();
        all.add(organCode);
        jointOrgans.stream().filter(code -> !code.equals(organCode)).sorted().forEach(all::add);
        return all;
    }

    public Long id() {
        return id;
    }

    public String organCode() {
        return organCode;
    }

    public String author() {
        return author;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public ItemType type() {
        return type;
    }

    public boolean negative() {
        return negative;
    }

    public Long commissionId() {
        return commissionId;
    }

    public Set<String> jointOrgans() {
        return new TreeSet<>(jointOrgans);
    }

    public ItemStatus status() {
        return status;
    }

    public String signer() {
        return signer;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public Integer year() {
        return year;
    }

    public Integer month() {
        return month;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public String returnReason() {
        return returnReason;
    }

    public String declineReason() {
        return declineReason;
    }

    public String publicationCode() {
        return publicationCode;
    }

    public AdoptionForm adoptedForm() {
        return adoptedForm;
    }

    public String adoptedTitle() {
        return adoptedTitle;
    }

    public String adoptedBody() {
        return adoptedBody;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public String adoptedBy() {
        return adoptedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
