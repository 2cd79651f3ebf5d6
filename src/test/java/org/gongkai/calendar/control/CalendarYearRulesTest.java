package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CalendarYearRulesTest {

    private static Map<String, String> problems(int year, List<ProposedDay> holidays, List<ProposedDay> workdays) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CalendarYearRules.check(year, holidays, workdays));
        assertEquals("calendar_year_invalid", refused.code());
        return refused.fields();
    }

    @Test
    void acceptsANoticeWithHolidaysOnAnyDayAndMakeUpDaysOnWeekends() {
        YearArrangement arrangement = CalendarYearRules.check(2027,
                List.of(new ProposedDay("2027-01-01", "元旦"), new ProposedDay("2027-01-02", " 元旦 ")),
                List.of(new ProposedDay("2027-02-06", "春节调休"), new ProposedDay("2027-02-07", null)));

        assertEquals(2, arrangement.holidays().size());
        assertEquals("元旦", arrangement.holidays().get(1).name(), "names are trimmed");
        assertEquals(LocalDate.parse("2027-02-06"), arrangement.makeUpWorkdays().get(0).date());
        assertNull(arrangement.makeUpWorkdays().get(1).name(), "a make-up day needs no name");
    }

    @Test
    void namesEveryProblemInChinesePerField() {
        Map<String, String> problems = problems(2027,
                List.of(new ProposedDay("2028-01-01", "元旦"),
                        new ProposedDay("2027-02-30", "春节"),
                        new ProposedDay("2027-02-10", ""),
                        new ProposedDay("2027-02-11", "春节"),
                        new ProposedDay("2027-02-11", "春节")),
                List.of(new ProposedDay("2027-02-08", "春节调休"),
                        new ProposedDay("2027-02-11", "春节调休"),
                        new ProposedDay(null, "调休")));

        assertEquals("2028-01-01 不在 2027 年内", problems.get("holidays[0].date"));
        assertEquals("“2027-02-30”不是有效日期，格式应为 YYYY-MM-DD（如 2027-01-01）", problems.get("holidays[1].date"));
        assertEquals("请填写节日名称（如 春节）", problems.get("holidays[2].name"));
        assertEquals("2027-02-11 重复填写", problems.get("holidays[4].date"));
        assertEquals("2027-02-08 是星期一，调休上班日须为星期六或星期日", problems.get("workdays[0].date"));
        assertEquals("2027-02-11 是星期四，调休上班日须为星期六或星期日", problems.get("workdays[1].date"));
        assertEquals("必填", problems.get("workdays[2].date"));
        assertEquals(7, problems.size(), problems::toString);
    }

    @Test
    void aDateCannotBeBothOffAndWorking() {
        Map<String, String> problems = problems(2027, List.of(new ProposedDay("2027-02-06", "春节")),
                List.of(new ProposedDay("2027-02-06", "春节调休")));

        assertEquals(Map.of("workdays[0].date", "2027-02-06 已列为放假日，不能同时为调休上班日"), problems);
    }

    @Test
    void needsAtLeastOneHolidayAndAPlausibleYearAndShortNames() {
        assertEquals("请至少填写一个放假日（如元旦）", problems(2027, List.of(), null).get("holidays"));
        assertEquals("请至少填写一个放假日（如元旦）", problems(2027, null, null).get("holidays"));
        assertEquals("年份须在 2000 至 2100 之间",
                problems(1999, List.of(new ProposedDay("1999-01-01", "元旦")), List.of()).get("year"));
        assertEquals("名称不超过 30 个字", problems(2027,
                List.of(new ProposedDay("2027-01-01", "元".repeat(31))), List.of()).get("holidays[0].name"));
        List<ProposedDay> nulls = new ArrayList<>(Collections.nCopies(1, null));
        assertEquals("必填", problems(2027, nulls, null).get("holidays[0]"));
    }
}
