package org.gongkai.calendar.boundary;

import jakarta.validation.constraints.Size;
import org.gongkai.calendar.control.CalendarYearRules;

import java.util.List;

/**
 * A year's holiday notice, replacing what was entered before: the days off and the make-up
 * working days (调休上班). (A class, not a record: see {@code account/api/OrganCommand}.)
 */
public class CalendarYearCommand {

    @Size(max = CalendarYearRules.MAX_DAYS, message = "{gongkai.calendar.days}")
    public List<CalendarDayCommand> holidays;

    @Size(max = CalendarYearRules.MAX_DAYS, message = "{gongkai.calendar.days}")
    public List<CalendarDayCommand> workdays;
}
