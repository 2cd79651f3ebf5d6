package org.gongkai.platform.control;

import java.sql.SQLException;

/**
 * Tells a refusal by the database from a failure of it: integrity constraint violations (SQLState
 * class 23: unique, foreign key, check) and the exceptions raised by the review-gate triggers
 * (P0001, 先审查、后公开) are state conflicts the caller can understand (409), not server errors.
 */
public final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /** The error code of the refusal behind {@code failure}, or {@code null} when it is none. */
    public static String codeOf(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23")) {
                    return "data_conflict";
                }
                if ("P0001".equals(state)) {
                    return "review_gate_refused";
                }
            }
            Throwable next = current.getCause();
            if (next == null && current instanceof SQLException sql) {
                next = sql.getNextException();
            }
            current = next == current ? null : next;
        }
        return null;
    }
}
