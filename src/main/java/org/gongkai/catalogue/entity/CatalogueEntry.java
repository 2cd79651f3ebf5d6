package org.gongkai.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A catalogue entry: the stable identity of one piece of government information across its
 * versions. The public sees only {@link #publishedVersionId()}, which only an approved review can set.
 */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry {

    public static final String ENTRY = "ENTRY";
    public static final String GUIDE = "GUIDE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    /** {@code ENTRY}, or {@code GUIDE} for the organ's disclosure guide. */
    @Column(nullable = false, updatable = false)
    private String kind = ENTRY;

    @Column(name = "index_no")
    private String indexNo;

    @Column(name = "published_version_id")
    private Long publishedVersionId;

    @Column(name = "working_version_id")
    private Long workingVersionId;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "first_published_on")
    private LocalDate firstPublishedOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected CatalogueEntry() {
    }

    public CatalogueEntry(String organCode, String kind, String createdBy, Instant createdAt) {
        this.organCode = organCode;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void workOn(CatalogueVersion version) {
        this.workingVersionId = version.id();
    }

    /** Publishes an approved version; the first publication gives the entry its index number. */
    public void publish(CatalogueVersion version, LocalDate on, String newIndexNo) {
        if (indexNo == null) {
            indexNo = newIndexNo;
            firstPublishedOn = on;
        }
        publishedVersionId = version.id();
        publishedOn = on;
        withdrawnOn = null;
        withdrawalReason = null;
    }

    public void withdraw(LocalDate on, String reason) {
        withdrawnOn = on;
        withdrawalReason = reason;
    }

    public boolean isPublic() {
        return publishedVersionId != null && withdrawnOn == null;
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public boolean isGuide() {
        return GUIDE.equals(kind);
    }

    public String organCode() {
        return organCode;
    }

    public String indexNo() {
        return indexNo;
    }

    public Long publishedVersionId() {
        return publishedVersionId;
    }

    public Long workingVersionId() {
        return workingVersionId;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate firstPublishedOn() {
        return firstPublishedOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public long lockVersion() {
        return lockVersion;
    }
}
