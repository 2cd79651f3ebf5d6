package org.gongkai.search.boundary;

import jakarta.persistence.EntityManager;
import org.gongkai.search.control.ChangeLog;
import org.gongkai.search.control.PendingUpdate;

import java.util.List;

/**
 * The change log in PostgreSQL, read in the caller's transaction: {@code search_pending} (each row
 * carries the id of the transaction that wrote it), {@code search_node} (each node's cursor and
 * when it was last heard of) and {@code search_log_pruned} (below which transaction rows may be gone).
 *
 * <p>Which transactions are over is PostgreSQL's own answer: the oldest transaction still running,
 * {@code pg_snapshot_xmin(pg_current_snapshot())}, read in the same statement as the rows, so that
 * the rows returned and the fence are of one snapshot. Liveness is measured on the database's
 * clock, the one clock all nodes share (a node's application clock may be fixed for a demonstration).
 */
final class DatabaseChangeLog implements ChangeLog {

    private final EntityManager em;

    DatabaseChangeLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public Position watermark() {
        return new Position(number("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint"), 0);
    }

    @Override
    public List<PendingUpdate> after(Position from, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tx::text::bigint, id, entry_id from search_pending "
                        + "where (tx, id) > (cast(?1 as xid8), ?2) and tx < pg_snapshot_xmin(pg_current_snapshot()) "
                        + "order by tx, id limit ?3")
                .setParameter(1, Long.toString(from.tx()))
                .setParameter(2, from.id())
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new PendingUpdate(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public long nextTransaction() {
        return number("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
    }

    @Override
    public long prunedBelow() {
        return number("select coalesce((select below::text::bigint from search_log_pruned), 0)");
    }

    @Override
    public void report(String node, String host, Position position) {
        em.createNativeQuery("insert into search_node (node, host, tx, id, seen_at) "
                        + "values (?1, ?2, cast(?3 as xid8), ?4, now()) on conflict (node) do update "
                        + "set host = excluded.host, tx = excluded.tx, id = excluded.id, seen_at = excluded.seen_at")
                .setParameter(1, node)
                .setParameter(2, host)
                .setParameter(3, Long.toString(position.tx()))
                .setParameter(4, position.id())
                .executeUpdate();
    }

    @Override
    public int prune(int liveMinutes) {
        // the row lock on search_log_pruned orders concurrent prunes; the horizon never moves back
        // (no min() over xid8 before PostgreSQL 16: the lowest by order)
        Object below = em.createNativeQuery("update search_log_pruned set below = greatest(below, "
                        + "(select tx from search_node where seen_at > now() - make_interval(mins => ?1) "
                        + "order by tx limit 1)) "
                        + "where exists (select 1 from search_node where seen_at > now() - make_interval(mins => ?1)) "
                        + "returning below::text")
                .setParameter(1, liveMinutes)
                .getResultStream().findFirst().orElse(null);
        if (below == null) {
            return 0;
        }
        return em.createNativeQuery("delete from search_pending where tx < cast(?1 as xid8)")
                .setParameter(1, below.toString())
                .executeUpdate();
    }

    /** The database's name and the moment its schema was first migrated: new for every new database. */
    @Override
    public String databaseIdentity() {
        Object value = em.createNativeQuery("select current_database() || '@' || coalesce("
                        + "(select min(installed_on)::text from flyway_schema_history), '')")
                .getSingleResult();
        return String.valueOf(value);
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
