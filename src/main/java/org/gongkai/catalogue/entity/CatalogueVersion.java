package org.gongkai.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a catalogue entry's content. Its {@code content_hash} is computed by the database
 * (see V21__catalogue.sql) and binds the review to exactly this content; an approved version is frozen.
 */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionState state = VersionState.DRAFT;

    @Column(nullable = false)
    private String title;

    @Column(name = "doc_no")
    private String docNo;

    @Column(name = "written_on")
    private LocalDate writtenOn;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @Column(nullable = false)
    private String subject;

    /** The 法定主动公开内容 column ("top" or "top/child"), or null. */
    @Column(name = "statutory_column")
    private String statutoryColumn;

    @Column(nullable = false)
    private String genre;

    @Column(nullable = false)
    private String validity;

    @Column(nullable = false)
    private String keywords = "";

    @Column(nullable = false)
    private String summary = "";

    @Column(nullable = false)
    private String body = "";

    @Column(name = "disclosure_mode", nullable = false)
    private String disclosureMode;

    @Column(nullable = false)
    private boolean sensitive;

    @Column(name = "content_hash", nullable = false)
    private String contentHash = "";

    /** Everyone who drafted or edited this version: none of them may review it. */
    @Column(nullable = false)
    private String contributors = "";

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected CatalogueVersion() {
    }

    public CatalogueVersion(CatalogueEntry entry, int number, EntryContent content, String author, Instant at) {
        this.entryId = entry.id();
        this.number = number;
        this.createdBy = author;
        this.createdAt = at;
        change(content, author, at);
    }

    /** Replaces the content; whoever changes it becomes a contributor. */
    public void change(EntryContent content, String author, Instant at) {
        this.title = content.title();
        this.docNo = content.docNo();
        this.writtenOn = content.writtenOn();
        this.formedOn = content.formedOn();
        this.subject = content.subject();
        this.genre = content.genre();
        this.validity = content.validity();
        this.keywords = String.join(" ", content.keywords());
        this.summary = content.summary();
        this.body = content.body();
        this.disclosureMode = content.disclosureMode();
        this.sensitive = content.sensitive();
        this.updatedAt = at;
        this.state = VersionState.DRAFT;
        Set<String> people = contributorSet();
        people.add(author);
        this.contributors = String.join(",", people);
    }

    public void markSubmitted() {
        state = VersionState.SUBMITTED;
    }

    public void markReturned() {
        state = VersionState.RETURNED;
    }

    public void markRejected() {
        state = VersionState.REJECTED;
    }

    public void markApproved() {
        state = VersionState.APPROVED;
    }

    public void markSuperseded() {
        state = VersionState.SUPERSEDED;
    }

    public EntryContent content() {
        return new EntryContent(title, docNo, writtenOn, formedOn, subject, genre, validity, keywordList(),
                summary, body, disclosureMode, sensitive);
    }

    public List<String> keywordList() {
        return keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(" "));
    }

    public Set<String> contributorSet() {
        Set<String> people = new LinkedHashSet<>();
        for (String name : contributors.split(",")) {
            if (!name.isBlank()) {
                people.add(name);
            }
        }
        return people;
    }

    public Long id() {
        return id;
    }

    public Long entryId() {
        return entryId;
    }

    public int number() {
        return number;
    }

    public VersionState state() {
        return state;
    }

    public String title() {
        return title;
    }

    public String docNo() {
        return docNo;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    /** Files the version under a 法定主动公开内容 column (null: none). */
    public void classify(String column) {
        this.statutoryColumn = column;
    }

    public String statutoryColumn() {
        return statutoryColumn;
    }

    public String subject() {
        return subject;
    }

    public String genre() {
        return genre;
    }

    public String validity() {
        return validity;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String disclosureMode() {
        return disclosureMode;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public String contentHash() {
        return contentHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
