package org.gongkai.request.control;

import java.time.LocalDate;

/**
 * Where a request stands against its reply period on {@code today}: the due date, whether it may
 * still move because the calendar of its year is not entered ({@code provisional}), the working
 * days paused so far, whether the clock is paused now, the working days left (negative when
 * overdue) and whether it is overdue. Computed, never stored.
 */
public record Deadline(LocalDate dueOn, boolean provisional, int pausedDays, boolean paused, int workingDaysLeft,
                       boolean overdue) {
}
