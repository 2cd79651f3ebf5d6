package org.gongkai.urgent.control;

import org.gongkai.urgent.entity.ReminderKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrgentRemindersTest {

    private static final Instant DUE = Instant.parse("2026-02-13T04:00:00Z");
    private static final Set<ReminderKind> NONE = EnumSet.noneOf(ReminderKind.class);

    private static Instant minutesBefore(long minutes) {
        return DUE.minus(Duration.ofMinutes(minutes));
    }

    @Test
    void nothingIsDueEarlierThanThirtyMinutesBeforeTheDeadline() {
        assertEquals(NONE, UrgentReminders.due(DUE, false, NONE, minutesBefore(31)));
        assertEquals(NONE, UrgentReminders.due(DUE, false, NONE, minutesBefore(30).minusSeconds(1)));
    }

    @Test
    void theUnitIsRemindedFromThirtyMinutesBeforeUntilTheDeadline() {
        assertEquals(EnumSet.of(ReminderKind.UNIT_BEFORE), UrgentReminders.due(DUE, false, NONE, minutesBefore(30)));
        assertEquals(EnumSet.of(ReminderKind.UNIT_BEFORE), UrgentReminders.due(DUE, false, NONE, minutesBefore(1)));
    }

    @Test
    void theOfficeIsToldAtTheDeadlineAndTheUnitsLateReminderIsDropped() {
        assertEquals(EnumSet.of(ReminderKind.OFFICE_DUE), UrgentReminders.due(DUE, false, NONE, DUE));
        assertEquals(EnumSet.of(ReminderKind.OFFICE_DUE),
                UrgentReminders.due(DUE, false, NONE, DUE.plus(Duration.ofHours(3))));
    }

    @Test
    void aClaimedReminderIsNeverDueAgain() {
        assertEquals(NONE, UrgentReminders.due(DUE, false, EnumSet.of(ReminderKind.UNIT_BEFORE), minutesBefore(10)));
        assertEquals(NONE, UrgentReminders.due(DUE, false, EnumSet.allOf(ReminderKind.class), DUE.plusSeconds(60)));
    }

    @Test
    void nothingIsDueOnceTheWrittenReportIsIn() {
        assertEquals(NONE, UrgentReminders.due(DUE, true, NONE, minutesBefore(5)));
        assertEquals(NONE, UrgentReminders.due(DUE, true, NONE, DUE.plusSeconds(600)));
    }

    @Test
    void theRoundLooksAheadByTheUnitsReminderPeriod() {
        assertEquals(Instant.parse("2026-02-13T02:30:00Z"),
                UrgentReminders.horizon(Instant.parse("2026-02-13T02:00:00Z")));
    }
}
