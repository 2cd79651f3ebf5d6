package org.gongkai.urgent.web;

import org.gongkai.urgent.control.UrgentClock;
import org.gongkai.urgent.control.UrgentDates;

import java.time.Instant;
import java.time.LocalDateTime;

/** Times on the urgent pages: typed and shown in Beijing time, to the minute. */
final class UrgentWeb {

    private UrgentWeb() {
    }

    static Instant instant(LocalDateTime beijing) {
        return beijing.atZone(UrgentClock.BEIJING).toInstant();
    }

    static String minute(Instant at) {
        return at == null ? "—" : UrgentDates.minute(at);
    }
}
