package org.gongkai.calendar.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the State Council's holiday notice fixes for one year: the days off (放假) and the
 * make-up working days (调休上班), each a weekend day worked instead. All dates lie in the year,
 * and no date is both off and working.
 */
public record YearArrangement(int year, List<NamedDay> holidays, List<NamedDay> makeUpWorkdays) {

    public YearArrangement {
        holidays = holidays.stream().sorted().toList();
        makeUpWorkdays = makeUpWorkdays.stream().sorted().toList();
        Set<LocalDate> seen = new HashSet<>();
        for (NamedDay day : (Iterable<NamedDay>) Stream.concat(holidays.stream(), makeUpWorkdays.stream())::iterator) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(day.date() + " is not in " + year);
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
        }
        for (NamedDay day : makeUpWorkdays) {
            if (!isWeekend(day.date())) {
                throw new IllegalArgumentException(day.date() + " is a weekday: no make-up working day");
            }
        }
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
