package org.gongkai.catalogue.control;

import org.gongkai.calendar.control.WorkingDayCalculator;

import java.time.LocalDate;

/**
 * Proactive disclosure's deadline (Art. 26 of the OGI Regulations): information is published
 * within 20 working days of being formed or changed. Computed, never stored.
 *
 * @param due             the last day to publish
 * @param workingDaysLeft working days from today to the due date (negative when late)
 * @param overdue         not published and past the due date
 * @param dueSoon         not published and at most 5 working days left
 */
public record PublicationDeadline(LocalDate due, int workingDaysLeft, boolean overdue, boolean dueSoon,
                                  boolean provisional) {

    public static final int WORKING_DAYS = 20;
    public static final int SOON = 5;

    public static PublicationDeadline of(LocalDate formedOn, boolean published, LocalDate today,
                                         WorkingDayCalculator calendar) {
        var due = calendar.dueDate(formedOn, WORKING_DAYS);
        int left = calendar.workingDaysBetween(today, due.due());
        boolean late = !published && today.isAfter(due.due());
        return new PublicationDeadline(due.due(), left, late, !published && !late && left <= SOON, due.provisional());
    }
}
