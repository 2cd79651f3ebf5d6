package org.gongkai.search.boundary;

import jakarta.persistence.EntityManager;
import org.gongkai.search.control.PendingUpdate;
import org.gongkai.search.control.PendingUpdates;
import org.gongkai.search.entity.PendingIndexUpdate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code search_pending} table, read and emptied in the caller's transaction. */
final class DatabasePendingUpdates implements PendingUpdates {

    private static final int IDS_PER_STATEMENT = 1000;

    private final EntityManager em;

    DatabasePendingUpdates(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PendingUpdate> after(long afterId, int limit) {
        return em.createNamedQuery(PendingIndexUpdate.AFTER, PendingIndexUpdate.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new PendingUpdate(row.id(), row.entryId()))
                .toList();
    }

    @Override
    public void remove(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            em.createNamedQuery(PendingIndexUpdate.REMOVE)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT)))
                    .executeUpdate();
        }
    }

    @Override
    public long lastIssuedId() {
        Object value = em.createNativeQuery(
                "select case when is_called then last_value else 0 end from search_pending_id_seq")
                .getSingleResult();
        return ((Number) value).longValue();
    }

    /** The database's name and the moment its schema was first migrated: new for every new database. */
    @Override
    public String databaseIdentity() {
        Object value = em.createNativeQuery("select current_database() || '@' || coalesce("
                        + "(select min(installed_on)::text from flyway_schema_history), '')")
                .getSingleResult();
        return String.valueOf(value);
    }
}
