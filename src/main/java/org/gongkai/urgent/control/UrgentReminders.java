package org.gongkai.urgent.control;

import org.gongkai.urgent.entity.ReminderKind;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which reminders an incident awaiting its written report has due at an instant: the unit's
 * officers and head from 30 minutes before the deadline until it passes, the office from the
 * deadline on. A reminder already sent (claimed) is never due again; a unit reminder that the timer
 * could not send before the deadline is dropped, for then the office's is due.
 */
public final class UrgentReminders {

    private UrgentReminders() {
    }

    /**
     * @param dueBy        the deadline of the written report
     * @param writtenFiled whether the written report is in (then nothing is due)
     * @param alreadySent  the kinds already claimed for this incident
     * @param now          the instant of the round
     */
    public static Set<ReminderKind> due(Instant dueBy, boolean writtenFiled, Set<ReminderKind> alreadySent,
                                        Instant now) {
        Set<ReminderKind> due = EnumSet.noneOf(ReminderKind.class);
        if (writtenFiled) {
            return due;
        }
        Instant unitFrom = dueBy.minus(Duration.ofMinutes(UrgentClock.UNIT_REMINDER_MINUTES));
        if (!now.isBefore(unitFrom) && now.isBefore(dueBy)) {
            due.add(ReminderKind.UNIT_BEFORE);
        }
        if (!now.isBefore(dueBy)) {
            due.add(ReminderKind.OFFICE_DUE);
        }
        due.removeAll(alreadySent);
        return due;
    }

    /** How far ahead the round looks for incidents: those due within the unit's reminder period. */
    public static Instant horizon(Instant now) {
        return now.plus(Duration.ofMinutes(UrgentClock.UNIT_REMINDER_MINUTES));
    }
}
