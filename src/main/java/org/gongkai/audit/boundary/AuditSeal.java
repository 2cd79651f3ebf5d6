package org.gongkai.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.gongkai.audit.control.AuditChain;
import org.gongkai.audit.control.AuditChain.Sealable;
import org.gongkai.platform.boundary.DatabaseMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new history events into the hash chain every few seconds (in the order they are sealed,
 * so a late-committing transaction cannot break it) and verifies the whole chain on request.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSeal {

    /** What a verification found. */
    public record Verification(long sealed, long unsealed, boolean intact, Long firstBrokenEventId) {
    }

    private static final Logger LOG = Logger.getLogger(AuditSeal.class.getName());
    private static final int BATCH = 5000;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void sealPeriodically() {
        try {
            seal();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Sealing the history failed; it will be tried again", e);
        }
    }

    /** Seals every event not yet sealed; returns how many. */
    @RolesAllowed("AUDITOR")
    public int sealNow() throws SQLException {
        return seal();
    }

    private int seal() throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(7130001)")) {
                    lock.execute();
                }
                long seq;
                String prev;
                try (PreparedStatement last = connection.prepareStatement(
                        "select seal_seq, hash from audit_event where seal_seq is not null order by seal_seq desc limit 1");
                     ResultSet row = last.executeQuery()) {
                    seq = row.next() ? row.getLong(1) : 0;
                    prev = seq == 0 ? AuditChain.GENESIS : row.getString(2);
                }
                List<Sealable> batch;
                do {
                    batch = unsealed(connection);
                    try (PreparedStatement update = connection.prepareStatement(
                            "update audit_event set seal_seq = ?, prev_hash = ?, hash = ? where id = ?")) {
                        for (Sealable event : batch) {
                            seq++;
                            Sealable positioned = new Sealable(seq, prev, event.id(), event.occurredAt(), event.actor(),
                                    event.organCode(), event.itemType(), event.itemId(), event.eventType(), event.detail());
                            String hash = AuditChain.hash(positioned);
                            update.setLong(1, seq);
                            update.setString(2, prev);
                            update.setString(3, hash);
                            update.setLong(4, event.id());
                            update.addBatch();
                            prev = hash;
                        }
                        update.executeBatch();
                    }
                    total += batch.size();
                } while (batch.size() == BATCH);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        return total;
    }

    private static List<Sealable> unsealed(Connection connection) throws SQLException {
        List<Sealable> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, occurred_at, actor, organ_code, item_type, "
                + "item_id, event_type, detail from audit_event where seal_seq is null order by id limit " + BATCH);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                events.add(read(rows, 0, null));
            }
        }
        return events;
    }

    private static Sealable read(ResultSet rows, long seq, String prev) throws SQLException {
        Timestamp at = rows.getTimestamp("occurred_at");
        return new Sealable(seq, prev, rows.getLong("id"), at.toInstant(), rows.getString("actor"),
                rows.getString("organ_code"), rows.getString("item_type"), rows.getString("item_id"),
                rows.getString("event_type"), rows.getString("detail"));
    }

    /** Walks the chain from its start and recomputes every hash. */
    @RolesAllowed("AUDITOR")
    public Verification verify() throws SQLException {
        seal();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id, occurred_at, actor, organ_code, "
                     + "item_type, item_id, event_type, detail, seal_seq, prev_hash, hash from audit_event "
                     + "where seal_seq is not null order by seal_seq");
             PreparedStatement unsealed = connection.prepareStatement(
                     "select count(*) from audit_event where seal_seq is null")) {
            select.setFetchSize(2000);
            connection.setAutoCommit(false);
            long expectedSeq = 0;
            String prev = AuditChain.GENESIS;
            Long broken = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    expectedSeq++;
                    long seq = rows.getLong("seal_seq");
                    Sealable event = read(rows, seq, rows.getString("prev_hash"));
                    if (broken == null && (seq != expectedSeq || !prev.equals(event.prevHash())
                            || !AuditChain.hash(event).equals(rows.getString("hash")))) {
                        broken = event.id();
                    }
                    prev = rows.getString("hash");
                }
            }
            long open;
            try (ResultSet count = unsealed.executeQuery()) {
                count.next();
                open = count.getLong(1);
            }
            connection.commit();
            return new Verification(expectedSeq, open, broken == null, broken);
        }
    }
}
