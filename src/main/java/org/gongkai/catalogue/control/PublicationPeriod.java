package org.gongkai.catalogue.control;

import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.calendar.entity.DueDate;

import java.time.LocalDate;

/**
 * Proactive disclosure's period (Art. 26 of the OGI Regulations): information that is to be
 * published proactively is published within 20 working days of being formed or changed.
 */
public final class PublicationPeriod {

    /** Art. 26. */
    public static final int WORKING_DAYS = 20;

    private PublicationPeriod() {
    }

    /** The last day to publish information formed (or changed) on {@code formedOn}. */
    public static DueDate dueDate(LocalDate formedOn, WorkingDayCalculator calendar) {
        return calendar.dueDate(formedOn, WORKING_DAYS);
    }

    /** Where a version formed on {@code formedOn} stands on {@code today}; once published it is never late. */
    public static Deadline deadline(LocalDate formedOn, boolean published, LocalDate today,
                                    WorkingDayCalculator calendar) {
        DueDate due = dueDate(formedOn, calendar);
        int left = calendar.workingDaysBetween(today, due.due());
        return published ? Deadline.ended(due, left, 0) : Deadline.running(due, left, today, 0, false);
    }
}
