package org.gongkai.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.gongkai.platform.control.ClockProducer;
import org.gongkai.platform.control.OfficialDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates on pages in the reader's language: as a Chinese official writes them (2026年3月19日, with the
 * weekday where it helps: 星期四), or in English (19 March 2026, Thursday 19 March 2026). Times are
 * Beijing time. Letters and other documents keep the Chinese form whatever the page's language.
 */
@Named("dates")
@ApplicationScoped
public class PageDates {

    private static final DateTimeFormatter CHINESE_INSTANT = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_INSTANT = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", Locale.ENGLISH);

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? ENGLISH_DATE.format(date) : OfficialDates.chinese(date);
    }

    /** An instant as Beijing time: 2026年2月13日 10:00. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return (english() ? ENGLISH_INSTANT : CHINESE_INSTANT).format(instant.atZone(ClockProducer.CHINA));
    }

    public String dateWithWeekday(LocalDate date) {
        return date == null ? "" : OfficialDates.withWeekday(date, english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    private static boolean english() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null
                && "en".equals(faces.getViewRoot().getLocale().getLanguage());
    }
}
