package org.gongkai.consult.control;

import org.gongkai.calendar.control.StateCouncilNotices;
import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.consult.entity.MessageKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerPeriodsTest {

    private static final Map<MessageKind, Integer> DEFAULTS = Map.of(MessageKind.CONSULTATION, 5,
            MessageKind.SUGGESTION, 10, MessageKind.COMPLAINT, 10, MessageKind.CORRECTION, 3);

    private final AnswerPeriods periods = new AnswerPeriods(
            new WorkingDayCalculator(List.of(StateCouncilNotices.year2026())), DEFAULTS);

    @Test
    void aMessageWrittenOnAHolidayIsReceivedOnTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 10, 8), periods.receivedOn(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 9, 30), periods.receivedOn(LocalDate.of(2026, 9, 30)));
        assertEquals(LocalDate.of(2026, 10, 10), periods.receivedOn(LocalDate.of(2026, 10, 10)), "a worked Saturday");
    }

    @Test
    void dueDatesByKindAcrossTheNationalDay() {
        LocalDate received = LocalDate.of(2026, 9, 30);
        assertEquals(LocalDate.of(2026, 10, 10), periods.dueOn(MessageKind.CORRECTION, received, 0));
        assertEquals(LocalDate.of(2026, 10, 13), periods.dueOn(MessageKind.CONSULTATION, received, 0));
        assertEquals(LocalDate.of(2026, 10, 20), periods.dueOn(MessageKind.SUGGESTION, received, 0));
        assertEquals(LocalDate.of(2026, 10, 27), periods.dueOn(MessageKind.CONSULTATION, received, 10));
    }

    @Test
    void oneExtensionToAtMostFifteenWorkingDaysInAll() {
        assertTrue(periods.extensionAllowed(MessageKind.CONSULTATION, 10));
        assertFalse(periods.extensionAllowed(MessageKind.CONSULTATION, 11));
        assertTrue(periods.extensionAllowed(MessageKind.COMPLAINT, 5));
        assertFalse(periods.extensionAllowed(MessageKind.COMPLAINT, 6));
        assertFalse(periods.extensionAllowed(MessageKind.CORRECTION, 0));
    }

    @Test
    void workingDaysTakenCountFromTheDayAfterReceipt() {
        assertEquals(2, periods.workingDaysTaken(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9)));
        assertEquals(0, periods.workingDaysTaken(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void everyKindNeedsAPeriodOfOneToFifteenDays() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerPeriods(WorkingDayCalculator.weekendsOnly(),
                Map.of(MessageKind.CONSULTATION, 5)));
        assertThrows(IllegalArgumentException.class, () -> new AnswerPeriods(WorkingDayCalculator.weekendsOnly(),
                Map.of(MessageKind.CONSULTATION, 16, MessageKind.SUGGESTION, 10, MessageKind.COMPLAINT, 10,
                        MessageKind.CORRECTION, 3)));
    }
}
