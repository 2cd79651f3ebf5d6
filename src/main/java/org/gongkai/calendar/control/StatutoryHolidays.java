package org.gongkai.calendar.control;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import org.gongkai.calendar.entity.NamedDay;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The public holidays that the law itself fixes, before the State Council's yearly notice arranges
 * them (全国年节及纪念日放假办法, Art. 2; revised by 国务院令第798号 in November 2024, in force from
 * 1 January 2025): 元旦 1 January; 春节 from 除夕 to 初三 of the lunar calendar (4 days; before 2025
 * 初一 to 初三); 清明节 on the day of the solar term; 劳动节 1–2 May (before 2025 1 May only);
 * 端午节 on the 5th day of the 5th lunar month; 中秋节 on the 15th day of the 8th lunar month; 国庆节
 * 1–3 October.
 * <p>
 * A year without its notice counts these days as days off, so that a due date never lands on
 * 1 January or in the Spring Festival; such a year's answers stay provisional, since the notice
 * adds bridging days off and make-up working days that no rule predicts.
 */
public final class StatutoryHolidays {

    /** The 2024 revision's first year: 春节 from 除夕, 劳动节 two days. */
    static final int REVISED_2024 = 2025;

    private StatutoryHolidays() {
    }

    /** The days off the law fixes in {@code year}, in date order. */
    public static List<NamedDay> of(int year) {
        List<NamedDay> days = new ArrayList<>();
        days.add(new NamedDay(LocalDate.of(year, Month.JANUARY, 1), "元旦"));
        LocalDate newYear = lunar(year, 1, 1);
        if (year >= REVISED_2024) {
            days.add(new NamedDay(newYear.minusDays(1), "春节"));
        }
        for (int i = 0; i < 3; i++) {
            days.add(new NamedDay(newYear.plusDays(i), "春节"));
        }
        days.add(new NamedDay(qingming(year), "清明节"));
        days.add(new NamedDay(LocalDate.of(year, Month.MAY, 1), "劳动节"));
        if (year >= REVISED_2024) {
            days.add(new NamedDay(LocalDate.of(year, Month.MAY, 2), "劳动节"));
        }
        days.add(new NamedDay(lunar(year, 5, 5), "端午节"));
        days.add(new NamedDay(lunar(year, 8, 15), "中秋节"));
        for (int day = 1; day <= 3; day++) {
            days.add(new NamedDay(LocalDate.of(year, Month.OCTOBER, day), "国庆节"));
        }
        days.sort(null);
        return List.copyOf(days);
    }

    /**
     * The Gregorian date of a day of the lunar year that begins in Gregorian {@code year} (never a
     * leap month), as the Chinese calendar (GB/T 33661-2017) gives it for Beijing.
     */
    static LocalDate lunar(int year, int month, int day) {
        Solar solar = Lunar.fromYmd(year, month, day).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    /** The day of the solar term 清明 (the sun at 15° ecliptic longitude, Beijing time). */
    static LocalDate qingming(int year) {
        Solar solar = Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明");
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
