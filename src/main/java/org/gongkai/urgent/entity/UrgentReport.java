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

/** One written report of an incident (初报, 续报, 终报), timed by the server. Never changed. */
@Entity
@Table(name = "urgent_report")
@NamedQuery(name = UrgentReport.OF_INCIDENT, query = "select r from UrgentReport r where r.incidentId = :incident "
        + "order by r.at, r.id")
public class UrgentReport {

    public static final String OF_INCIDENT = "UrgentReport.ofIncident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportKind kind;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, updatable = false)
    private String by;

    protected UrgentReport() {
    }

    public UrgentReport(long incidentId, ReportKind kind, String text, Instant at, String by) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.text = text;
        this.at = at;
        this.by = by;
    }

    public Long id() {
        return id;
    }

    public long incidentId() {
        return incidentId;
    }

    public ReportKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }
}
