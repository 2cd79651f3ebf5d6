package org.gongkai.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The review of one submitted version of an item (一事一审), bound to that version's content hash,
 * going through its chain of steps (初审 → 复审 → 批准 for sensitive items).
 */
@Entity
@Table(name = "review_task")
@NamedQuery(name = ReviewTask.QUEUE, query = "select t from ReviewTask t where t.organCode = :organ "
        + "and t.status = :status order by t.submittedAt, t.id")
@NamedQuery(name = ReviewTask.OF_ITEM, query = "select t from ReviewTask t where t.itemType = :itemType "
        + "and t.itemId = :itemId order by t.id")
@NamedQuery(name = ReviewTask.PENDING_OF_VERSION, query = "select t from ReviewTask t where t.itemType = :itemType "
        + "and t.versionId = :versionId and t.status = org.gongkai.review.entity.ReviewStatus.PENDING")
public class ReviewTask {

    public static final String QUEUE = "ReviewTask.queue";
    public static final String OF_ITEM = "ReviewTask.ofItem";
    public static final String PENDING_OF_VERSION = "ReviewTask.pendingOfVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, updatable = false)
    private String itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status = ReviewStatus.PENDING;

    @Column(nullable = false, updatable = false)
    private boolean sensitive;

    /** The roles of the steps, in order, e.g. {@code REVIEWER,REVIEWER,LEADER}. */
    @Column(nullable = false, updatable = false)
    private String chain;

    /** The current step, from 1. */
    @Column(nullable = false)
    private int step = 1;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(nullable = false, updatable = false)
    private String contributors;

    /** The text the pre-scan read; the findings' offsets point into it. */
    @Column(name = "scanned_text", nullable = false, updatable = false)
    private String scannedText;

    /** The automatic pre-scan's findings, as JSON. */
    @Column(nullable = false, updatable = false)
    private String findings;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected ReviewTask() {
    }

    public ReviewTask(ReviewSubmission submission, List<String> chainRoles, boolean sensitive, String findingsJson,
                      Instant at) {
        this.itemType = submission.itemType();
        this.itemId = submission.itemId();
        this.versionId = submission.versionId();
        this.organCode = submission.organCode();
        this.title = submission.title();
        this.contentHash = submission.contentHash();
        this.submittedBy = submission.submittedBy();
        this.contributors = String.join(",", submission.contributors());
        this.sensitive = sensitive;
        this.chain = String.join(",", chainRoles);
        this.findings = findingsJson;
        this.scannedText = submission.text();
        this.submittedAt = at;
    }

    /** Approves the current step: the next one is up, or the task is approved when it was the last. */
    public void approveStep(Instant at) {
        if (step < steps()) {
            step++;
        } else {
            status = ReviewStatus.APPROVED;
            decidedAt = at;
        }
    }

    public void close(ReviewStatus outcome, Instant at) {
        status = outcome;
        decidedAt = at;
    }

    public List<String> chainRoles() {
        return Arrays.asList(chain.split(","));
    }

    public String currentRole() {
        return chainRoles().get(step - 1);
    }

    public int steps() {
        return chainRoles().size();
    }

    public Set<String> contributorSet() {
        return Set.of(contributors.split(","));
    }

    public Long id() {
        return id;
    }

    public String itemType() {
        return itemType;
    }

    public Long itemId() {
        return itemId;
    }

    public Long versionId() {
        return versionId;
    }

    public String organCode() {
        return organCode;
    }

    public String title() {
        return title;
    }

    public String contentHash() {
        return contentHash;
    }

    public ReviewStatus status() {
        return status;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public int step() {
        return step;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String scannedText() {
        return scannedText;
    }

    public String findings() {
        return findings;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
