package org.gongkai.urgent.entity;

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

/** A fault of urgent reporting (迟报, 漏报, 瞒报, 误报): one per incident and kind, never changed. */
@Entity
@Table(name = "urgent_fault")
@NamedQuery(name = UrgentFault.OF_ORGAN_YEAR, query = "select f from UrgentFault f where f.organCode = :organ "
        + "and f.year = :year order by f.recordedAt, f.id")
@NamedQuery(name = UrgentFault.OF_INCIDENT, query = "select f from UrgentFault f where f.incidentId = :incident "
        + "order by f.recordedAt, f.id")
@NamedQuery(name = UrgentFault.OF_INCIDENT_KIND, query = "select count(f) from UrgentFault f "
        + "where f.incidentId = :incident and f.kind = :kind")
public class UrgentFault {

    public static final String OF_ORGAN_YEAR = "UrgentFault.ofOrganYear";
    public static final String OF_INCIDENT = "UrgentFault.ofIncident";
    public static final String OF_INCIDENT_KIND = "UrgentFault.ofIncidentKind";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FaultKind kind;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "late_minutes", updatable = false)
    private Integer lateMinutes;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected UrgentFault() {
    }

    public UrgentFault(long incidentId, String organCode, int year, FaultKind kind, String reason,
                       Integer lateMinutes, Instant recordedAt, String recordedBy) {
        this.incidentId = incidentId;
        this.organCode = organCode;
        this.year = year;
        this.kind = kind;
        this.reason = reason;
        this.lateMinutes = lateMinutes;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UrgentFaultRecorded event() {
        return new UrgentFaultRecorded(organCode, year, kind.name(), incidentId, id, reason);
    }

    public Long id() {
        return id;
    }

    public long incidentId() {
        return incidentId;
    }

    public String organCode() {
        return organCode;
    }

    public int year() {
        return year;
    }

    public FaultKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public Integer lateMinutes() {
        return lateMinutes;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
