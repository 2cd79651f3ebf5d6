package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.DueDate;
import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.calendar.entity.NamedDay;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalculatorTest {

    private final WorkingDayCalculator calendar = StateCouncilNotices.calculator();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void workedExampleReceivedOnTheEveOfSpringFestivalIsDueThursday19March() {
        DueDate due = calendar.dueDate(date("2026-02-13"), 20);

        assertEquals(date("2026-03-19"), due.due());
        assertEquals(DayOfWeek.THURSDAY, due.due().getDayOfWeek());
        assertFalse(due.provisional());
    }

    @Test
    void startDayIsNotCounted() {
        assertEquals(date("2026-03-10"), calendar.dueDate(date("2026-03-09"), 1).due(), "Monday → Tuesday");
        assertEquals(date("2026-03-16"), calendar.dueDate(date("2026-03-13"), 1).due(), "Friday → Monday");
        assertEquals(date("2026-03-09"), calendar.dueDate(date("2026-03-09"), 0).due());
    }

    @Test
    void makeUpSaturdaysAndSundaysAreWorkingDays() {
        assertTrue(calendar.isWorkingDay(date("2026-02-14")), "Sat 14 Feb 2026, 春节调休");
        assertTrue(calendar.isWorkingDay(date("2026-02-28")), "Sat 28 Feb 2026, 春节调休");
        assertTrue(calendar.isWorkingDay(date("2026-01-04")), "Sun 4 Jan 2026, 元旦调休");
        assertFalse(calendar.isWorkingDay(date("2026-02-07")), "an ordinary Saturday");
        assertFalse(calendar.isWorkingDay(date("2026-02-16")), "Monday of the Spring Festival");

        assertEquals(date("2026-02-14"), calendar.dueDate(date("2026-02-13"), 1).due());
        assertEquals(date("2026-02-24"), calendar.dueDate(date("2026-02-13"), 2).due());
        assertEquals(date("2026-02-28"), calendar.dueDate(date("2026-02-26"), 2).due(), "Fri 27 then Sat 28");
    }

    @Test
    void yearBoundaryFromNewYearsEve2025() {
        // 1–3 Jan 2026 off, Sun 4 Jan worked instead.
        assertEquals(date("2026-01-04"), calendar.dueDate(date("2025-12-31"), 1).due());
        assertEquals(date("2026-01-05"), calendar.dueDate(date("2025-12-31"), 2).due());
        assertFalse(calendar.dueDate(date("2025-12-31"), 2).provisional());
        assertEquals(date("2025-12-31"), calendar.dueDate(date("2025-12-30"), 1).due());
        assertEquals(date("2025-01-02"), calendar.dueDate(date("2024-12-31"), 1).due(), "1 Jan 2025 off");
    }

    @Test
    void nationalDayAndMidAutumnBlock2025() {
        assertTrue(calendar.isWorkingDay(date("2025-09-28")), "Sun 28 Sep 2025 worked");
        assertTrue(calendar.isWorkingDay(date("2025-10-11")), "Sat 11 Oct 2025 worked");
        for (LocalDate day = date("2025-10-01"); !day.isAfter(date("2025-10-08")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " is off");
        }
        assertEquals(date("2025-09-28"), calendar.dueDate(date("2025-09-26"), 1).due());
        assertEquals(date("2025-10-09"), calendar.dueDate(date("2025-09-30"), 1).due());
        assertEquals(date("2025-10-11"), calendar.dueDate(date("2025-09-30"), 3).due());
        assertEquals(date("2025-10-13"), calendar.dueDate(date("2025-09-30"), 4).due());
    }

    @Test
    void yearWithoutNoticeSkipsWeekendsAndTheStatutoryHolidaysAndIsProvisional() {
        DueDate in2027 = calendar.dueDate(date("2027-03-01"), 20);
        DueDate into2027 = calendar.dueDate(date("2026-12-21"), 20);
        DueDate within2026 = calendar.dueDate(date("2026-11-02"), 20);

        assertEquals(date("2027-03-29"), in2027.due());
        assertTrue(in2027.provisional());
        assertEquals(date("2027-01-19"), into2027.due(), "元旦 2027 (a Friday) is off by law before any notice");
        assertTrue(into2027.provisional());
        assertFalse(within2026.provisional());
        assertFalse(calendar.isEntered(2027));
        assertFalse(calendar.isWorkingDay(date("2027-01-01")));
    }

    @Test
    void twentyWorkingDaysFromEarlyDecemberSkipNewYearsDayOfAYearWithoutNotice() {
        // the public calculator from Saturday 5 December 2026; an online filing of that day is received Monday the 7th
        DueDate fromSaturday = calendar.dueDate(date("2026-12-05"), 20);
        DueDate fromReceipt = calendar.dueDate(date("2026-12-07"), 20);
        assertEquals(date("2027-01-04"), fromSaturday.due());
        assertEquals(date("2027-01-05"), fromReceipt.due());
        assertTrue(fromSaturday.provisional());
        assertTrue(fromReceipt.provisional());
    }

    @Test
    void theSpringFestivalOfAYearWithoutNoticeRunsFromNewYearsEveToTheThirdDay() {
        // 2027: 除夕 Friday 5 February, 初一 to 初三 Saturday 6 to Monday 8 February
        assertFalse(calendar.isWorkingDay(date("2027-02-05")));
        assertFalse(calendar.isWorkingDay(date("2027-02-08")));
        assertTrue(calendar.isWorkingDay(date("2027-02-04")));
        assertTrue(calendar.isWorkingDay(date("2027-02-09")));
        assertEquals(date("2027-02-10"), calendar.dueDate(date("2027-02-03"), 3).due());
    }

    @Test
    void workingDaysBetweenCountsAfterTheFirstUpToAndIncludingTheSecond() {
        assertEquals(20, calendar.workingDaysBetween(date("2026-02-13"), date("2026-03-19")));
        assertEquals(0, calendar.workingDaysBetween(date("2026-02-14"), date("2026-02-23")), "Spring Festival");
        assertEquals(1, calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-14")));
        assertEquals(0, calendar.workingDaysBetween(date("2026-03-19"), date("2026-03-19")));
        assertEquals(-20, calendar.workingDaysBetween(date("2026-03-19"), date("2026-02-13")), "overdue");
        assertEquals(4, calendar.workingDaysBetween(date("2025-12-29"), date("2026-01-05")), "30, 31 Dec, 4, 5 Jan");
    }

    @Test
    void betweenAndDueDateAgreeOnEveryDayOfBothYears() {
        for (LocalDate from = date("2024-12-01"); from.isBefore(date("2027-02-01")); from = from.plusDays(1)) {
            for (int n : new int[] {1, 2, 7, 15, 20, 40}) {
                LocalDate due = calendar.dueDate(from, n).due();
                assertEquals(n, calendar.workingDaysBetween(from, due), from + " + " + n);
                assertTrue(calendar.isWorkingDay(due), from + " + " + n);
                assertEquals(n - 1, calendar.workingDaysBetween(from, due.minusDays(1)), from + " + " + n);
            }
        }
    }

    @Test
    void onlineReceiptIsTheSubmissionDayOrTheNextWorkingDay() {
        assertEquals(date("2026-02-13"), calendar.nextWorkingDayOnOrAfter(date("2026-02-13")), "a Friday");
        assertEquals(date("2026-02-14"), calendar.nextWorkingDayOnOrAfter(date("2026-02-14")), "make-up Saturday");
        assertEquals(date("2026-02-24"), calendar.nextWorkingDayOnOrAfter(date("2026-02-15")), "Spring Festival");
        assertEquals(date("2026-03-09"), calendar.nextWorkingDayOnOrAfter(date("2026-03-07")), "a weekend");
        assertEquals(date("2026-01-04"), calendar.nextWorkingDayOnOrAfter(date("2026-01-01")));
    }

    @Test
    void calculatorBuiltFromEditedDataGivesTheNewAnswer() {
        LocalDate newYearsEve = date("2026-12-31");
        // before the notice: 元旦 is off by law, the answer provisional; the notice confirms it
        assertEquals(new DueDate(date("2027-01-04"), true), calendar.dueDate(newYearsEve, 1));
        assertTrue(calendar.isWorkingDay(date("2027-02-09")), "初四 2027 works unless a notice says otherwise");

        YearArrangement notice2027 = new YearArrangement(2027,
                List.of(new NamedDay(date("2027-01-01"), "元旦"), new NamedDay(date("2027-02-08"), "春节")),
                List.of(new NamedDay(date("2027-02-06"), "春节调休")));
        List<YearArrangement> edited = new ArrayList<>(List.of(StateCouncilNotices.year2025(),
                StateCouncilNotices.year2026(), notice2027));
        WorkingDayCalculator recomputed = new WorkingDayCalculator(edited);

        assertEquals(new DueDate(date("2027-01-04"), false), recomputed.dueDate(newYearsEve, 1));
        assertTrue(recomputed.isWorkingDay(date("2027-02-06")));
        assertFalse(recomputed.isWorkingDay(date("2027-02-08")));
        assertTrue(recomputed.isWorkingDay(date("2027-02-05")), "a notice's year follows the notice alone");
        assertEquals(new DueDate(date("2026-03-19"), false), recomputed.dueDate(date("2026-02-13"), 20));

        // A corrected 2026 (say the notice had moved 19 Mar off) moves the worked example.
        List<NamedDay> holidays2026 = new ArrayList<>(StateCouncilNotices.year2026().holidays());
        holidays2026.add(new NamedDay(date("2026-03-19"), "假设的放假日"));
        WorkingDayCalculator corrected = new WorkingDayCalculator(List.of(StateCouncilNotices.year2025(),
                new YearArrangement(2026, holidays2026, StateCouncilNotices.year2026().makeUpWorkdays())));
        assertEquals(date("2026-03-20"), corrected.dueDate(date("2026-02-13"), 20).due());
        assertEquals(date("2026-03-19"), calendar.dueDate(date("2026-02-13"), 20).due(), "the old one is unchanged");
    }

    @Test
    void enteredYearsAndRefusals() {
        assertEquals(List.of(2025, 2026), List.copyOf(calendar.enteredYears()));
        assertTrue(WorkingDayCalculator.weekendsOnly().dueDate(date("2026-02-13"), 20).provisional());
        assertThrows(IllegalArgumentException.class, () -> calendar.dueDate(date("2026-02-13"), -1));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalculator(
                List.of(StateCouncilNotices.year2026(), StateCouncilNotices.year2026())));
        assertThrows(IllegalArgumentException.class, () -> new YearArrangement(2027, List.of(),
                List.of(new NamedDay(date("2027-02-08"), "星期一不能调休"))));
    }
}
