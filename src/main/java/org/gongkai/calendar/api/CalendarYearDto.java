package org.gongkai.calendar.api;

import org.gongkai.calendar.entity.CalendarYear;
import org.gongkai.calendar.entity.DayKind;

import java.time.Instant;
import java.util.List;

/**
 * A year of the calendar: whether its holiday notice is entered, when and by whom it was last
 * changed, and its days off and make-up working days in date order.
 */
public record CalendarYearDto(int year, boolean entered, Instant updatedAt, String updatedBy,
                              List<CalendarDayDto> holidays, List<CalendarDayDto> workdays) {

    static CalendarYearDto of(CalendarYear year) {
        return new CalendarYearDto(year.year(), true, year.updatedAt(), year.updatedBy(),
                year.days().stream().filter(day -> day.kind() == DayKind.HOLIDAY).map(CalendarDayDto::of).toList(),
                year.days().stream().filter(day -> day.kind() == DayKind.WORKDAY).map(CalendarDayDto::of).toList());
    }

    static CalendarYearDto notEntered(int year) {
        return new CalendarYearDto(year, false, null, null, List.of(), List.of());
    }
}
