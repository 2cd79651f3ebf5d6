package org.gongkai.calendar.api;

import org.gongkai.calendar.entity.CalendarDay;

import java.time.LocalDate;

/** A day of a holiday notice, in the shape an administrator sends it back. */
public record CalendarDayDto(LocalDate date, String name) {

    static CalendarDayDto of(CalendarDay day) {
        return new CalendarDayDto(day.day(), day.name());
    }
}
