package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the points ledger: appended, never changed (the database refuses updates and deletes).
 * {@code sourceKey} names the fact it scores; a fact's points are the sum of its rows, so a rule
 * change appends a correction row instead of rewriting one.
 */
@Entity
@Table(name = "info_ledger")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int month;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private BigDecimal points;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private boolean correction;

    @Column(name = "source_key", nullable = false, updatable = false)
    private String sourceKey;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private String cause;

    @Column(name = "rule_version", nullable = false, updatable = false)
    private int ruleVersion;

    protected LedgerEntry() {
    }

    public LedgerEntry(String organCode, int year, int month, Instant at, BigDecimal points, String kind,
                       boolean correction, String sourceKey, Long itemId, String cause, int ruleVersion) {
        this.organCode = organCode;
        this.year = year;
        this.month = month;
        this.at = at;
        this.points = points;
        this.kind = kind;
        this.correction = correction;
        this.sourceKey = sourceKey;
        this.itemId = itemId;
        this.cause = cause;
        this.ruleVersion = ruleVersion;
    }

    public Long id() {
        return id;
    }

    public String organCode() {
        return organCode;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public Instant at() {
        return at;
    }

    public BigDecimal points() {
        return points;
    }

    public String kind() {
        return kind;
    }

    public boolean correction() {
        return correction;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public Long itemId() {
        return itemId;
    }

    public String cause() {
        return cause;
    }

    public int ruleVersion() {
        return ruleVersion;
    }
}
