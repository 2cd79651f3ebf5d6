package org.gongkai.urgent.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of urgent information: a major incident reaches the office within the window of its
 * grade from the moment the unit learned of it (2 hours in the seed rule; phone first, within the
 * phone window, after 国务院应急办's 2015 rule of 30 minutes by phone), and a written report filed
 * after the deadline is late (迟报) by the minutes it is over, any part of a minute counting whole.
 */
public final class UrgentClock {

    /** The office's calendar: years and days are counted in Beijing time. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Minutes before the deadline at which the unit is reminded. */
    public static final int UNIT_REMINDER_MINUTES = 30;

    private UrgentClock() {
    }

    /** The deadline: {@code learnedAt} plus the window. */
    public static Instant dueBy(Instant learnedAt, int windowMinutes) {
        return learnedAt.plus(Duration.ofMinutes(windowMinutes));
    }

    /** Minutes a report at {@code at} is late, or null when it is on time (at or before the deadline). */
    public static Integer lateMinutes(Instant dueBy, Instant at) {
        if (!at.isAfter(dueBy)) {
            return null;
        }
        long seconds = Duration.between(dueBy, at).getSeconds();
        return (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60);
    }

    /**
     * Whole minutes left before the deadline at {@code now}: negative once it has passed (−5 is five
     * minutes over), a part of a minute left counted as the minute not yet gone.
     */
    public static long minutesLeft(Instant dueBy, Instant now) {
        long seconds = Duration.between(now, dueBy).getSeconds();
        return Math.floorDiv(seconds, 60);
    }

    /** The year of a fault: the Beijing year in which the unit learned of the incident. */
    public static int yearOf(Instant learnedAt) {
        return learnedAt.atZone(BEIJING).getYear();
    }
}
