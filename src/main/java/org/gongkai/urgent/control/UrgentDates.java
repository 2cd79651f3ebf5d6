package org.gongkai.urgent.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times of urgent information as the duty desk writes them: to the minute, in Beijing time. */
public final class UrgentDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(UrgentClock.BEIJING);

    private UrgentDates() {
    }

    /** e.g. 2026年2月13日 12:00 */
    public static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
