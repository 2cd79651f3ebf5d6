package org.gongkai.request.control;

import org.gongkai.calendar.entity.Deadline;
import org.gongkai.calendar.control.StateCouncilNotices;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyPeriodsTest {

    private final ReplyPeriods periods = new ReplyPeriods(StateCouncilNotices.calculator());

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void replyIsDueTwentyWorkingDaysAfterReceipt() {
        Deadline deadline = periods.deadline(PeriodFacts.receivedOn(date("2026-02-13")), date("2026-02-13"));

        assertEquals(date("2026-03-19"), deadline.dueOn(), "the worked example: received Fri 13 Feb 2026, due Thu 19 Mar 2026 (Art. 33)");
        assertEquals(20, deadline.workingDaysLeft());
        assertFalse(deadline.overdue());
        assertFalse(deadline.paused());
        assertFalse(deadline.provisional());
    }

    @Test
    void overdueAndWorkingDaysLeftComeFromTheClock() {
        PeriodFacts facts = PeriodFacts.receivedOn(date("2026-01-14"));

        Deadline onTheDay = periods.deadline(facts, date("2026-02-11"));
        Deadline later = periods.deadline(facts, date("2026-02-13"));

        assertEquals(date("2026-02-11"), onTheDay.dueOn());
        assertEquals(0, onTheDay.workingDaysLeft());
        assertFalse(onTheDay.overdue(), "the due date itself is still in time");
        assertEquals(-2, later.workingDaysLeft());
        assertTrue(later.overdue());
    }

    @Test
    void supplementationRestartsThePeriodFromTheCorrectedApplication() {
        PeriodFacts restarted = new PeriodFacts(date("2026-02-13"),
                List.of(Pause.of(date("2026-02-05"), date("2026-02-09"))), 0);

        Deadline deadline = periods.deadline(restarted, date("2026-02-13"));

        assertEquals(date("2026-03-19"), deadline.dueOn(), "counted from the corrected application only");
        assertEquals(0, deadline.pausedDays(), "pauses before the restart no longer matter");
    }

    @Test
    void workingDaysConsultedAreAddedToTheDueDate() {
        PeriodFacts facts = new PeriodFacts(date("2026-02-09"),
                List.of(Pause.of(date("2026-02-10"), date("2026-02-13"))), 0);

        Deadline deadline = periods.deadline(facts, date("2026-02-13"));

        assertEquals(3, deadline.pausedDays(), "11, 12 and 13 February");
        assertEquals(date("2026-03-18"), deadline.dueOn(), "13 March plus three working days");
    }

    @Test
    void anOngoingConsultationPausesTheClockUntilTheThirdPartysDeadline() {
        LocalDate sent = date("2026-01-05");
        Pause ongoing = new Pause(sent, null, periods.consultationAnswerDue(sent));
        PeriodFacts facts = new PeriodFacts(date("2026-01-05"), List.of(ongoing), 0);

        Deadline early = periods.deadline(facts, date("2026-01-08"));
        Deadline late = periods.deadline(facts, date("2026-02-13"));

        assertTrue(early.paused());
        assertFalse(early.overdue());
        assertEquals(3, early.pausedDays());
        assertFalse(late.paused(), "past the 15 working days of Art. 32 the clock runs again");
        assertEquals(15, late.pausedDays());
        assertEquals(periods.deadline(new PeriodFacts(date("2026-01-05"), List.of(), 15), date("2026-02-13")).dueOn(),
                late.dueOn());
    }

    @Test
    void overlappingPausesCountEachWorkingDayOnce() {
        PeriodFacts facts = new PeriodFacts(date("2026-02-09"), List.of(
                Pause.of(date("2026-02-10"), date("2026-02-12")),
                Pause.of(date("2026-02-11"), date("2026-02-13"))), 0);

        assertEquals(3, periods.deadline(facts, date("2026-02-13")).pausedDays());
    }

    @Test
    void anApprovedExtensionAddsItsWorkingDays() {
        PeriodFacts facts = new PeriodFacts(date("2026-02-09"), List.of(), 20);

        assertEquals(date("2026-04-13"), periods.deadline(facts, date("2026-02-13")).dueOn());
    }

    @Test
    void theClockWaitsForTheFee() {
        PeriodFacts waiting = new PeriodFacts(date("2026-02-09"), List.of(Pause.of(date("2026-02-10"), null)), 0);
        PeriodFacts paid = new PeriodFacts(date("2026-02-09"), List.of(Pause.of(date("2026-02-10"), date("2026-02-12"))), 0);

        assertTrue(periods.deadline(waiting, date("2026-02-13")).paused());
        assertEquals(date("2026-03-17"), periods.deadline(paid, date("2026-02-13")).dueOn(), "13 March plus two working days");
        assertEquals(date("2026-03-18"), periods.feePaymentDue(date("2026-02-12")));
    }

    @Test
    void supplementationNoticeWithinSevenWorkingDays() {
        assertEquals(date("2026-02-13"), periods.supplementationNoticeLatest(date("2026-02-04")));
    }

    @Test
    void onlineApplicationsAreReceivedOnTheNextWorkingDay() {
        assertEquals(date("2026-02-13"), periods.onlineReceipt(date("2026-02-13")), "a working Friday");
        assertEquals(date("2026-02-14"), periods.onlineReceipt(date("2026-02-14")), "a make-up Saturday");
        assertEquals(date("2026-02-24"), periods.onlineReceipt(date("2026-02-15")), "the Spring Festival");
    }

    @Test
    void warningsFiveAndOneWorkingDaysBefore() {
        LocalDate today = date("2026-02-13");

        assertEquals(5, periods.warningThreshold(date("2026-02-27"), today));
        assertEquals(5, periods.warningThreshold(date("2026-02-24"), today), "two left: still the 5-day warning");
        assertEquals(1, periods.warningThreshold(date("2026-02-14"), today));
        assertEquals(1, periods.warningThreshold(today, today), "due today");
        assertNull(periods.warningThreshold(date("2026-03-19"), today));
        assertNull(periods.warningThreshold(date("2026-02-12"), today), "already overdue");
    }

    @Test
    void provisionalWhenTheYearIsNotEntered() {
        Deadline deadline = periods.deadline(PeriodFacts.receivedOn(date("2026-12-15")), date("2026-12-15"));

        assertTrue(deadline.provisional());
    }
}
