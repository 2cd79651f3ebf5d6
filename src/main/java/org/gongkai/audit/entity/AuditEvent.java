package org.gongkai.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded event: who did what to which item, when, and why. Never changed once written. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.OF_ITEM, query = "select e from AuditEvent e "
        + "where e.itemType = :itemType and e.itemId = :itemId order by e.id")
public class AuditEvent {

    public static final String OF_ITEM = "AuditEvent.ofItem";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "organ_code", updatable = false)
    private String organCode;

    @Column(name = "item_type", nullable = false, updatable = false)
    private String itemType;

    @Column(name = "item_id", nullable = false, updatable = false)
    private String itemId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String organCode, String itemType, String itemId,
                      String eventType, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organCode = organCode;
        this.itemType = itemType;
        this.itemId = itemId;
        this.eventType = eventType;
        this.detail = detail;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String organCode() {
        return organCode;
    }

    public String itemType() {
        return itemType;
    }

    public String itemId() {
        return itemId;
    }

    public String eventType() {
        return eventType;
    }

    public String detail() {
        return detail;
    }
}
