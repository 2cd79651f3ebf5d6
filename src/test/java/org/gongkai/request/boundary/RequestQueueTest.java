package org.gongkai.request.boundary;

import org.gongkai.calendar.control.StateCouncilNotices;
import org.gongkai.request.control.ReplyPeriods;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dates the queue's SQL filters compare with, on the 2026 calendar of the State Council. */
class RequestQueueTest {

    private static final ReplyPeriods PERIODS = new ReplyPeriods(StateCouncilNotices.calculator());

    @Test
    void dueSoonMeansAtMostFiveWorkingDaysLeft() {
        // Friday 13 February 2026, eve of the Spring Festival (15–23 February off, 14 and 28 February worked)
        LocalDate today = LocalDate.of(2026, 2, 13);

        LocalDate until = RequestQueue.dueSoonUntil(PERIODS, today);

        assertEquals(LocalDate.of(2026, 2, 27), until);
        assertEquals(RequestQueue.DUE_SOON, PERIODS.workingDaysBetween(today, until));
        assertEquals(RequestQueue.DUE_SOON + 1, PERIODS.workingDaysBetween(today, until.plusDays(1)));
    }

    @Test
    void dueSoonOnAnOrdinaryWeek() {
        LocalDate monday = LocalDate.of(2026, 3, 2);

        assertEquals(LocalDate.of(2026, 3, 9), RequestQueue.dueSoonUntil(PERIODS, monday),
                "Tuesday to Friday and Monday 9 March: 5 working days left; Tuesday 10 March would be 6");
    }

    @Test
    void aConsultationPausesTheClockForFifteenWorkingDaysAtMost() {
        LocalDate today = LocalDate.of(2026, 3, 20);

        LocalDate since = RequestQueue.consultationRunningSince(PERIODS, today);

        // Art. 32: 15 working days to answer. Sent on Saturday 28 February (a make-up working day) it
        // may be answered until 20 March, so it still pauses the clock today; sent a day earlier, not.
        assertEquals(LocalDate.of(2026, 2, 28), since);
        assertEquals(today, PERIODS.consultationAnswerDue(since));
        assertEquals(LocalDate.of(2026, 3, 19), PERIODS.consultationAnswerDue(since.minusDays(1)));
    }
}
