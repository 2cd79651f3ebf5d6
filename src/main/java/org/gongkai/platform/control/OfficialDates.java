package org.gongkai.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates written as an official letter writes them: 2026年3月19日 星期四 (no leading zeros), and
 * in English Thursday 19 March 2026.
 */
public final class OfficialDates {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("y年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter CHINESE_WITH_WEEKDAY =
            DateTimeFormatter.ofPattern("y年M月d日 EEEE", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter ENGLISH_WITH_WEEKDAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM y", Locale.ENGLISH);

    private OfficialDates() {
    }

    /** 2026年3月19日; empty for no date. */
    public static String chinese(LocalDate date) {
        return date == null ? "" : CHINESE_DATE.format(date);
    }

    /** 2026年3月19日 星期四 */
    public static String chineseWithWeekday(LocalDate date) {
        return CHINESE_WITH_WEEKDAY.format(date);
    }

    /** The date with its weekday in the reader's language: Chinese unless English is asked for. */
    public static String withWeekday(LocalDate date, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? ENGLISH_WITH_WEEKDAY.format(date) : chineseWithWeekday(date);
    }
}
