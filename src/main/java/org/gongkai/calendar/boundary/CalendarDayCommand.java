package org.gongkai.calendar.boundary;

/**
 * One day of a holiday notice as an administrator sends it: {@code {"date":"2027-02-06",
 * "name":"春节调休"}}. The date is checked by the calendar's rules (a string here, so that a
 * mistyped date is answered per field rather than as unreadable JSON).
 */
public class CalendarDayCommand {

    public String date;

    public String name;
}
