package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** An item adopted by a higher level's publication (上级采用), reported directly or forwarded by the office. */
@Entity
@Table(name = "info_upward")
public class Upward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "publication_code", nullable = false, updatable = false)
    private String publicationCode;

    @Column(name = "adopted_on", nullable = false, updatable = false)
    private LocalDate adoptedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Route route;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Upward() {
    }

    public Upward(long itemId, String publicationCode, LocalDate adoptedOn, Route route, String recordedBy,
                  Instant recordedAt) {
        this.itemId = itemId;
        this.publicationCode = publicationCode;
        this.adoptedOn = adoptedOn;
        this.route = route;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Long itemId() {
        return itemId;
    }

    public String publicationCode() {
        return publicationCode;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public Route route() {
        return route;
    }
}
