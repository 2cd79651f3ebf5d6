/**
 * The working-day calendar behind every statutory deadline of the portal: Monday to Friday, minus
 * the days off and plus the make-up working days (调休上班) of the State Council's yearly holiday
 * notice. The notices are data that administrators enter ({@code /staff/admin/calendar}, or the
 * staff API); a year without one counts weekends and the holidays the law fixes (StatutoryHolidays) only
 * and its answers are provisional. Other features inject
 * {@link org.gongkai.calendar.boundary.WorkingDayCalendar} and observe
 * {@link org.gongkai.calendar.boundary.CalendarChanged}.
 */
package org.gongkai.calendar;
