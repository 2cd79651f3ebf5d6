package org.gongkai.catalogue.control;

import org.gongkai.calendar.control.StateCouncilNotices;
import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.calendar.entity.Deadline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Art. 26: published within 20 working days of being formed or changed. */
class PublicationPeriodTest {

    private final WorkingDayCalculator calendar = new WorkingDayCalculator(
            List.of(StateCouncilNotices.year2025(), StateCouncilNotices.year2026()));

    @Test
    void twentyWorkingDaysAcrossTheSpringFestivalWithItsMakeUpSaturdays() {
        Deadline soon = PublicationPeriod.deadline(LocalDate.parse("2026-02-02"), false, LocalDate.parse("2026-02-13"), calendar);
        assertEquals(LocalDate.parse("2026-03-06"), soon.dueOn());
        assertEquals(11, soon.workingDaysLeft());
        assertFalse(soon.overdue());
        assertFalse(soon.dueSoon());
    }

    @Test
    void aDraftPastItsDueDateIsOverdueAndAPublishedOneNeverIs() {
        LocalDate formed = LocalDate.parse("2026-01-05");
        LocalDate today = LocalDate.parse("2026-02-13");
        Deadline draft = PublicationPeriod.deadline(formed, false, today, calendar);
        Deadline published = PublicationPeriod.deadline(formed, true, today, calendar);
        assertEquals(LocalDate.parse("2026-02-02"), draft.dueOn());
        assertTrue(draft.overdue());
        assertTrue(draft.workingDaysLeft() < 0);
        assertFalse(published.overdue());
        assertFalse(published.dueSoon());
    }

    @Test
    void fiveWorkingDaysLeftIsDueSoon() {
        // Saturday 28 February 2026 is a make-up working day: from it, 2–6 March are the five left
        Deadline five = PublicationPeriod.deadline(LocalDate.parse("2026-02-02"), false, LocalDate.parse("2026-02-28"), calendar);
        assertEquals(5, five.workingDaysLeft());
        assertTrue(five.dueSoon());
        Deadline six = PublicationPeriod.deadline(LocalDate.parse("2026-02-02"), false, LocalDate.parse("2026-02-27"), calendar);
        assertEquals(6, six.workingDaysLeft());
        assertFalse(six.dueSoon());
    }
}
