package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatabaseRefusalsTest {

    @Test
    void constraintsAndTriggerRefusalsAreConflictsOtherFailuresAreNot() {
        assertEquals("data_conflict", DatabaseRefusals.codeOf(
                new RuntimeException(new IllegalStateException(new SQLException("dup", "23505")))));
        assertEquals("review_gate_refused", DatabaseRefusals.codeOf(new SQLException("refused", "P0001")));
        assertNull(DatabaseRefusals.codeOf(new SQLException("connection lost", "08006")));
        assertNull(DatabaseRefusals.codeOf(new IllegalStateException("no SQL")));
    }
}
