package org.gongkai.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.gongkai.platform.control.OfficialDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Chinese official writes them: 2026年3月19日, with the weekday where it helps (星期四). */
@Named("dates")
@ApplicationScoped
public class ChineseDates {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.CHINA);

    public String date(LocalDate date) {
        return date == null ? "" : OfficialDates.chinese(date);
    }

    /** An instant as Beijing time: 2026年2月13日 10:00. */
    public String instant(java.time.Instant instant) {
        return instant == null ? "" : INSTANT.format(instant.atZone(org.gongkai.platform.control.ClockProducer.CHINA));
    }

    public String dateWithWeekday(LocalDate date) {
        return date == null ? "" : OfficialDates.chineseWithWeekday(date);
    }
}
