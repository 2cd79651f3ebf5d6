package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void connectionStatesAndShutdownStatesAreOutagesWhereverTheyAreWrapped() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("refused", "08001")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new RuntimeException(
                new SQLException("Error in allocating a connection", null, new SQLException("x", "08001"))))));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(chained)));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        // A commit whose connection broke under it, as Payara reports it (seen in the database-kill drill).
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("SystemException", new XAException(
                "jakarta.resource.ResourceException: This Managed Connection is not valid as the physical connection is not usable"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("SystemException", new XAException(
                "jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to unexpected postmaster exit"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new XAException(XAException.XAER_RMFAIL))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("serialization failure", "40001")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseOutage.causedBy(null));
        assertFalse(DatabaseOutage.causedBy(new XAException(XAException.XA_RBROLLBACK)));
    }

    @Test
    void forASecondAfterAFailureRequestsAreToldAtOnce() {
        long now = 5_000_000_000_000L;
        DatabaseOutage.failed(now);
        assertTrue(DatabaseOutage.recentlyFailed(now));
        assertTrue(DatabaseOutage.recentlyFailed(now + 999_000_000L));
        assertFalse(DatabaseOutage.recentlyFailed(now + 1_000_000_000L));
        assertFalse(DatabaseOutage.recentlyFailed(now + 60_000_000_000L));
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causedBy(a));
    }
}
