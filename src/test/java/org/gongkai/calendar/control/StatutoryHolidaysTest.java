package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.NamedDay;
import org.gongkai.calendar.entity.YearArrangement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatutoryHolidaysTest {

    private static Set<LocalDate> dates(List<NamedDay> days) {
        return days.stream().map(NamedDay::date).collect(Collectors.toSet());
    }

    @Test
    void everyDayTheLawFixesIsADayOffInTheStateCouncilsNoticesOf2025And2026() {
        for (YearArrangement notice : List.of(StateCouncilNotices.year2025(), StateCouncilNotices.year2026())) {
            Set<LocalDate> statutory = dates(StatutoryHolidays.of(notice.year()));
            Set<LocalDate> noticed = dates(notice.holidays());
            assertEquals(13, statutory.size(), "13 days by the 2024 revision in " + notice.year());
            assertTrue(noticed.containsAll(statutory),
                    notice.year() + ": not in the notice: " + statutory.stream().filter(d -> !noticed.contains(d)).toList());
        }
    }

    @Test
    void theLunarHolidaysFollowTheChineseCalendar() {
        Map<String, LocalDate> in2026 = StatutoryHolidays.of(2026).stream()
                .collect(Collectors.toMap(NamedDay::name, NamedDay::date, (first, later) -> first));
        assertEquals(LocalDate.of(2026, 2, 16), in2026.get("春节"), "除夕 2026");
        assertEquals(LocalDate.of(2026, 6, 19), in2026.get("端午节"));
        assertEquals(LocalDate.of(2026, 9, 25), in2026.get("中秋节"));
        // the new moons of these two new years fall minutes from Beijing midnight (ICU4J misses both by a day)
        assertEquals(LocalDate.of(2027, 2, 6), StatutoryHolidays.lunar(2027, 1, 1), "春节 2027");
        assertEquals(LocalDate.of(2030, 2, 3), StatutoryHolidays.lunar(2030, 1, 1), "春节 2030");
        assertEquals(LocalDate.of(2025, 1, 29), StatutoryHolidays.lunar(2025, 1, 1), "春节 2025");
    }

    @Test
    void qingmingFallsOnThePublishedDayOfTheSolarTerm() {
        Map<Integer, Integer> aprilDay = Map.ofEntries(Map.entry(2000, 4), Map.entry(2008, 4), Map.entry(2010, 5),
                Map.entry(2015, 5), Map.entry(2019, 5), Map.entry(2020, 4), Map.entry(2021, 4), Map.entry(2022, 5),
                Map.entry(2023, 5), Map.entry(2024, 4), Map.entry(2025, 4), Map.entry(2026, 5));
        aprilDay.forEach((year, day) -> assertEquals(LocalDate.of(year, 4, day), StatutoryHolidays.qingming(year),
                "清明 " + year));
    }

    @Test
    void beforeThe2024RevisionTheSpringFestivalStartedOnTheFirstDayAndMayDayWasOneDay() {
        Set<LocalDate> in2024 = dates(StatutoryHolidays.of(2024));
        assertEquals(11, in2024.size());
        assertTrue(in2024.contains(LocalDate.of(2024, 2, 10)), "初一 2024");
        assertTrue(!in2024.contains(LocalDate.of(2024, 2, 9)), "除夕 2024 was not a statutory day off");
        assertTrue(!in2024.contains(LocalDate.of(2024, 5, 2)));
    }
}
