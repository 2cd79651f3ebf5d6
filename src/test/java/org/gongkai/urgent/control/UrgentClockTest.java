package org.gongkai.urgent.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrgentClockTest {

    private static final Instant LEARNED = Instant.parse("2026-02-13T02:00:00Z");

    @Test
    void theDeadlineIsTheMomentOfLearningPlusTheWindow() {
        assertEquals(Instant.parse("2026-02-13T04:00:00Z"), UrgentClock.dueBy(LEARNED, 120));
        assertEquals(Instant.parse("2026-02-13T02:30:00Z"), UrgentClock.dueBy(LEARNED, 30));
    }

    @Test
    void aReportAtOrBeforeTheDeadlineIsOnTimeAndAfterItLateByWholeMinutes() {
        Instant due = UrgentClock.dueBy(LEARNED, 120);
        assertNull(UrgentClock.lateMinutes(due, due), "at the deadline is on time");
        assertNull(UrgentClock.lateMinutes(due, due.minusSeconds(1)));
        assertEquals(1, UrgentClock.lateMinutes(due, due.plusSeconds(1)), "a second late counts as a minute");
        assertEquals(60, UrgentClock.lateMinutes(due, due.plusSeconds(3600)));
        assertEquals(61, UrgentClock.lateMinutes(due, due.plusSeconds(3601)));
    }

    @Test
    void minutesLeftCountDownAndGoNegativeWhenOverdue() {
        Instant due = UrgentClock.dueBy(LEARNED, 120);
        assertEquals(120, UrgentClock.minutesLeft(due, LEARNED));
        assertEquals(29, UrgentClock.minutesLeft(due, due.minusSeconds(30 * 60 - 1)));
        assertEquals(0, UrgentClock.minutesLeft(due, due));
        assertEquals(-1, UrgentClock.minutesLeft(due, due.plusSeconds(1)));
        assertEquals(-60, UrgentClock.minutesLeft(due, due.plusSeconds(3600)));
    }

    @Test
    void theYearOfAFaultIsTheBeijingYearOfLearning() {
        assertEquals(2026, UrgentClock.yearOf(Instant.parse("2025-12-31T16:30:00Z")), "00:30 on 1 January in Beijing");
        assertEquals(2025, UrgentClock.yearOf(Instant.parse("2025-12-31T15:59:00Z")));
    }
}
