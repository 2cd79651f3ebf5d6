package org.gongkai.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A row of {@code search_pending}, the change log: every node's search index must catch up with
 * this entry. The database adds the id of the writing transaction ({@code tx}), by which the nodes
 * follow the log.
 */
@Entity
@Table(name = "search_pending")
public class PendingIndexUpdate {

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
