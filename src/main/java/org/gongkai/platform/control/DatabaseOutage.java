package org.gongkai.platform.control;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, or the
 * pool unable to hand out a connection) from every other failure, so that callers are told to
 * come back ({@code 503} with {@code Retry-After}) instead of being shown a fault (500).
 *
 * <p>The rule: SQLSTATE class {@code 08} (connection exception) and {@code 57P01}–{@code 57P03}
 * (administrator shutdown, crash shutdown, cannot connect now) as PostgreSQL's documentation
 * of its error codes (Appendix A) defines them; a refused or timed-out socket; the application
 * server's connector failing on a connection ({@code ResourceException}, which wraps the driver's
 * failure); and a transaction whose commit failed because its connection broke (an
 * {@code XAException} "resource manager unavailable", or one carrying the connector's failure:
 * Payara's wrapper around a local transaction reports it so).
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: the portal is back within 10 s of the database's return. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    /** Payara's pool (GlassFish JDBC connector) wraps connection failures in these; matched by name. */
    private static final Set<String> POOL_FAILURES = Set.of(
            "jakarta.resource.ResourceException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    /**
     * After a failure for want of the database, for this long every further request that needs it is
     * answered 503 at once, without queueing on the pool: one request a second tries the database,
     * not every one (each failed attempt also costs the server several logged stack traces). The
     * portal is therefore back at most this long after the database.
     */
    static final long WINDOW_NANOS = 1_000_000_000L;
    private static volatile long lastFailure;
    private static volatile boolean failedOnce;

    private DatabaseOutage() {
    }

    /** Records a failure for want of the database, at {@code nanoTime} ({@link System#nanoTime()}). */
    public static void failed(long nanoTime) {
        lastFailure = nanoTime;
        failedOnce = true;
    }

    /** True while the last failure for want of the database is less than a second old. */
    public static boolean recentlyFailed(long nanoTime) {
        return failedOnce && nanoTime - lastFailure < WINDOW_NANOS;
    }

    /** @return true when {@code failure}, or anything it wraps, says the database cannot be reached */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen);
    }

    private static boolean search(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure) || seen.size() > 64) {
            return false;
        }
        if (isOutage(failure)) {
            return true;
        }
        if (failure instanceof SQLException sql && search(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(failure.getCause(), seen);
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof SQLNonTransientConnectionException || failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SHUTDOWN_STATES.contains(state);
        }
        if (failure instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL
                || String.valueOf(xa.getMessage()).contains("jakarta.resource."))) {
            return true;
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof SocketTimeoutException) {
            return true;
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (POOL_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
