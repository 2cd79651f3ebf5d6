package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OfficialDatesTest {

    @Test
    void writesDatesAsAnOfficialLetterDoes() {
        LocalDate due = LocalDate.parse("2026-03-19");

        assertEquals("2026年3月19日", OfficialDates.chinese(due));
        assertEquals("2026年3月19日 星期四", OfficialDates.chineseWithWeekday(due));
        assertEquals("2026年3月19日 星期四", OfficialDates.withWeekday(due, null));
        assertEquals("2026年10月1日 星期四", OfficialDates.withWeekday(LocalDate.parse("2026-10-01"), Locale.CHINA));
        assertEquals("Thursday 19 March 2026", OfficialDates.withWeekday(due, Locale.ENGLISH));
    }
}
