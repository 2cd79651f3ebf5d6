package org.gongkai.calendar.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a statutory period stands on a given day — the one deadline concept of the portal, for the
 * reply to a request (Art. 33 of the OGI Regulations) and for proactive publication (Art. 26) alike.
 * Computed from the stored facts and the working-day calendar every time it is shown, never stored.
 *
 * @param dueOn           the last day of the period
 * @param provisional     the period runs into a year whose holiday notice is not entered: the date
 *                        may still move when it is
 * @param workingDaysLeft working days from the day of reading to {@code dueOn}, negative when past it
 * @param overdue         still open and past its due date (a paused period is never overdue)
 * @param dueSoon         still open, not overdue, and at most {@link #SOON} working days left
 * @param pausedDays      working days that did not count (consultations, waiting for a fee)
 * @param paused          the clock is stopped on the day of reading
 */
public record Deadline(LocalDate dueOn, boolean provisional, int workingDaysLeft, boolean overdue, boolean dueSoon,
                       int pausedDays, boolean paused) {

    /** Staff are warned when this many working days or fewer are left. */
    public static final int SOON = 5;

    public Deadline {
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** A period still running on {@code today}. */
    public static Deadline running(DueDate due, int workingDaysLeft, LocalDate today, int pausedDays, boolean paused) {
        boolean overdue = !paused && today.isAfter(due.due());
        boolean soon = !paused && !overdue && workingDaysLeft <= SOON;
        return new Deadline(due.due(), due.provisional(), workingDaysLeft, overdue, soon, pausedDays, paused);
    }

    /** A period that has ended (the entry published, the request closed): never overdue any more. */
    public static Deadline ended(DueDate due, int workingDaysLeft, int pausedDays) {
        return new Deadline(due.due(), due.provisional(), workingDaysLeft, false, false, pausedDays, false);
    }
}
