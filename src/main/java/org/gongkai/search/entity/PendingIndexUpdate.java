package org.gongkai.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code search_pending}: the search index must catch up with this entry. */
@Entity
@Table(name = "search_pending")
@NamedQuery(name = PendingIndexUpdate.AFTER,
        query = "select p from PendingIndexUpdate p where p.id > :after order by p.id")
@NamedQuery(name = PendingIndexUpdate.REMOVE, query = "delete from PendingIndexUpdate p where p.id in :ids")
public class PendingIndexUpdate {

    public static final String AFTER = "PendingIndexUpdate.after";
    public static final String REMOVE = "PendingIndexUpdate.remove";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    protected PendingIndexUpdate() {
    }

    public PendingIndexUpdate(long entryId, Instant queuedAt) {
        this.entryId = entryId;
        this.queuedAt = queuedAt;
    }

    public Long id() {
        return id;
    }

    public long entryId() {
        return entryId;
    }

    public Instant queuedAt() {
        return queuedAt;
    }
}
