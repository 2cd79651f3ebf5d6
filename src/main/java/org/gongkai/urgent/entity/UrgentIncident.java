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
import jakarta.persistence.Version;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Instant;

/**
 * An incident reported (or, for 漏报, found) under the urgent-information rules. Its deadline is
 * fixed when it is opened, from the window of its grade at that moment, so that a later change of
 * the windows applies to new incidents only.
 */
@Entity
@Table(name = "urgent_incident")
@NamedQuery(name = UrgentIncident.AWAITING_BEFORE, query = "select i from UrgentIncident i "
        + "where i.writtenAt is null and i.origin = :reported and i.dueBy <= :horizon order by i.dueBy, i.id")
public class UrgentIncident {

    public static final String AWAITING_BEFORE = "UrgentIncident.awaitingBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organ_code", nullable = false, updatable = false)
    private String organCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String category;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "learned_at", nullable = false, updatable = false)
    private Instant learnedAt;

    private String place;

    private String summary;

    private String casualties;

    private String measures;

    @Column(name = "leaders_on_site")
    private String leadersOnSite;

    private String source;

    @Column(name = "window_minutes", nullable = false, updatable = false)
    private int windowMinutes;

    @Column(name = "phone_minutes", nullable = false, updatable = false)
    private int phoneMinutes;

    @Column(name = "due_by", nullable = false, updatable = false)
    private Instant dueBy;

    @Column(name = "phone_due_by", nullable = false, updatable = false)
    private Instant phoneDueBy;

    @Column(name = "phone_at")
    private Instant phoneAt;

    @Column(name = "phone_caller")
    private String phoneCaller;

    @Column(name = "phone_received_by")
    private String phoneReceivedBy;

    @Column(name = "phone_logged_by")
    private String phoneLoggedBy;

    @Column(name = "written_at")
    private Instant writtenAt;

    @Column(name = "written_by")
    private String writtenBy;

    private String signer;

    @Column(name = "late_minutes")
    private Integer lateMinutes;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected UrgentIncident() {
    }

    /** Facts of the incident as the unit (or the office) gives them. */
    public record Facts(String title, Grade grade, String category, Instant occurredAt, Instant learnedAt,
                        String place, String summary, String casualties, String measures, String leadersOnSite) {
    }

    /** The windows in force when the incident is opened, and the deadlines they give. */
    public record Clock(int windowMinutes, int phoneMinutes, Instant dueBy, Instant phoneDueBy) {
    }

    /** An incident the unit reports: the clock runs for its written report. */
    public static UrgentIncident reported(String organCode, Facts facts, Clock clock, Instant now, String by) {
        UrgentIncident incident = new UrgentIncident(organCode, Origin.REPORTED, facts, clock, now, by);
        incident.status = IncidentStatus.AWAITING;
        return incident;
    }

    /** An incident the office learned of elsewhere (漏报), with its source. */
    public static UrgentIncident missed(String organCode, Facts facts, String source, Clock clock, Instant now,
                                        String by) {
        UrgentIncident incident = new UrgentIncident(organCode, Origin.MISSED, facts, clock, now, by);
        incident.source = source;
        incident.status = IncidentStatus.AWAITING;
        return incident;
    }

    private UrgentIncident(String organCode, Origin origin, Facts facts, Clock clock, Instant now, String by) {
        this.organCode = organCode;
        this.origin = origin;
        this.title = facts.title();
        this.grade = facts.grade();
        this.category = facts.category();
        this.occurredAt = facts.occurredAt();
        this.learnedAt = facts.learnedAt();
        this.place = facts.place();
        this.summary = facts.summary();
        this.casualties = facts.casualties();
        this.measures = facts.measures();
        this.leadersOnSite = facts.leadersOnSite();
        this.windowMinutes = clock.windowMinutes();
        this.phoneMinutes = clock.phoneMinutes();
        this.dueBy = clock.dueBy();
        this.phoneDueBy = clock.phoneDueBy();
        this.createdAt = now;
        this.createdBy = by;
    }

    /** The duty desk logs the phone report (who called, who took it, when). Once only. */
    public void logPhone(Instant at, String caller, String receivedBy, String loggedBy) {
        if (phoneAt != null) {
            throw new StateConflictException("urgent_phone_logged");
        }
        this.phoneAt = at;
        this.phoneCaller = caller;
        this.phoneReceivedBy = receivedBy;
        this.phoneLoggedBy = loggedBy;
    }

    /** The written first report (初报), at the server's time; {@code lateMinutes} null when on time. */
    public void fileWritten(Instant at, String by, String signedBy, Integer minutesLate) {
        if (writtenAt != null) {
            throw new StateConflictException("urgent_written_filed");
        }
        this.writtenAt = at;
        this.writtenBy = by;
        this.signer = signedBy;
        this.lateMinutes = minutesLate;
        this.status = IncidentStatus.REPORTED;
    }

    /** A 续报 needs the first report and an incident not yet closed. */
    public void requireUpdatable() {
        if (writtenAt == null) {
            throw new StateConflictException("urgent_written_first");
        }
        if (status == IncidentStatus.CLOSED) {
            throw new StateConflictException("urgent_closed");
        }
    }

    /** The final report (终报) closes the incident. */
    public void close(Instant at) {
        requireUpdatable();
        this.closedAt = at;
        this.status = IncidentStatus.CLOSED;
    }

    public Long id() {
        return id;
    }

    public String organCode() {
        return organCode;
    }

    public Origin origin() {
        return origin;
    }

    public IncidentStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Grade grade() {
        return grade;
    }

    public String category() {
        return category;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant learnedAt() {
        return learnedAt;
    }

    public String place() {
        return place;
    }

    public String summary() {
        return summary;
    }

    public String casualties() {
        return casualties;
    }

    public String measures() {
        return measures;
    }

    public String leadersOnSite() {
        return leadersOnSite;
    }

    public String source() {
        return source;
    }

    public int windowMinutes() {
        return windowMinutes;
    }

    public int phoneMinutes() {
        return phoneMinutes;
    }

    public Instant dueBy() {
        return dueBy;
    }

    public Instant phoneDueBy() {
        return phoneDueBy;
    }

    public Instant phoneAt() {
        return phoneAt;
    }

    public String phoneCaller() {
        return phoneCaller;
    }

    public String phoneReceivedBy() {
        return phoneReceivedBy;
    }

    public String phoneLoggedBy() {
        return phoneLoggedBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public String signer() {
        return signer;
    }

    public Integer lateMinutes() {
        return lateMinutes;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
