package org.gongkai.consult.control;

import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.consult.entity.MessageKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer periods of the public desk, in working days (local rules range from 2–5 working days for
 * a consultation to 15 for complex cases, error reports within 3 working days; the portal's
 * defaults CONSULTATION 5, SUGGESTION 10, COMPLAINT 10, CORRECTION 3 are data). A message is
 * received as an online request is (Art. 31 of the OGI Regulations): on the day of writing when a
 * working day, else the next one; the period starts the day after. One extension, to at most
 * {@link #MAX_TOTAL} working days in all. Pure: give it the calendar as it is and the periods.
 */
public final class AnswerPeriods {

    /** The longest answer period, extension included. */
    public static final int MAX_TOTAL = 15;

    private final WorkingDayCalculator calendar;
    private final Map<MessageKind, Integer> workingDays;

    public AnswerPeriods(WorkingDayCalculator calendar, Map<MessageKind, Integer> workingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.workingDays = new EnumMap<>(workingDays);
        for (MessageKind kind : MessageKind.values()) {
            Integer days = this.workingDays.get(kind);
            if (days == null || days < 1 || days > MAX_TOTAL) {
                throw new IllegalArgumentException("answer period of " + kind + ": " + days);
            }
        }
    }

    public int workingDays(MessageKind kind) {
        return workingDays.get(kind);
    }

    /** The receipt date of a message written on {@code writtenOn}. */
    public LocalDate receivedOn(LocalDate writtenOn) {
        return calendar.nextWorkingDayOnOrAfter(writtenOn);
    }

    /** The due date of a period starting on {@code start}, with {@code extension} working days added. */
    public LocalDate dueOn(MessageKind kind, LocalDate start, int extension) {
        return calendar.dueDate(start, workingDays(kind) + extension).due();
    }

    /** Whether {@code extension} working days may be added to the kind's period (at least 1, at most 15 in all). */
    public boolean extensionAllowed(MessageKind kind, int extension) {
        return extension >= 1 && workingDays(kind) + extension <= MAX_TOTAL;
    }

    /** Working days from {@code today} to {@code dueOn}; negative when past it. */
    public int workingDaysLeft(LocalDate today, LocalDate dueOn) {
        return calendar.workingDaysBetween(today, dueOn);
    }

    /** Working days the answer took: from receipt (not counted) to the reply day. */
    public int workingDaysTaken(LocalDate receivedOn, LocalDate repliedOn) {
        return Math.max(0, calendar.workingDaysBetween(receivedOn, repliedOn));
    }
}
