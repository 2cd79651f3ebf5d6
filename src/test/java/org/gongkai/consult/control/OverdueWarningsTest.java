package org.gongkai.consult.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverdueWarningsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 10, 13);

    @Test
    void warnsADayAheadAndOncePastTheDueDate() {
        assertEquals(Optional.empty(), OverdueWarnings.due(true, DUE.minusDays(5), DUE, 2));
        assertEquals(Optional.of(OverdueWarnings.Warning.DUE_SOON), OverdueWarnings.due(true, DUE.minusDays(1), DUE, 1));
        assertEquals(Optional.of(OverdueWarnings.Warning.DUE_SOON), OverdueWarnings.due(true, DUE, DUE, 0));
        assertEquals(Optional.of(OverdueWarnings.Warning.OVERDUE), OverdueWarnings.due(true, DUE.plusDays(1), DUE, -1));
        assertEquals(Optional.empty(), OverdueWarnings.due(false, DUE.plusDays(1), DUE, -1), "an answered message");
    }
}
