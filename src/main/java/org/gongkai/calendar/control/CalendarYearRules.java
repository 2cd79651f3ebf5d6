package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.calendar.entity.NamedDay;
import org.gongkai.platform.entity.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a year's holiday notice as an administrator enters it, and names every problem at once,
 * in Chinese, per field ({@code holidays[2].date}, {@code workdays[0].date}, …).
 * <ul>
 * <li>every date lies in the year, is a real date and appears once;</li>
 * <li>a day off may fall on any day of the week (the notices also list the weekend days of a
 * holiday block);</li>
 * <li>a make-up working day (调休上班) is a Saturday or Sunday worked instead: on a weekday it would
 * change nothing;</li>
 * <li>no date is both off and working;</li>
 * <li>days off carry the festival's name (春节); make-up days may.</li>
 * </ul>
 */
public final class CalendarYearRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_DAYS = 366;
    public static final int MAX_NAME_LENGTH = 30;

    static final String HOLIDAYS = "holidays";
    static final String WORKDAYS = "workdays";

    private CalendarYearRules() {
    }

    /** The checked arrangement, or {@link InvalidInputException} with the problem per field. */
    public static YearArrangement check(int year, List<ProposedDay> holidays, List<ProposedDay> workdays) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.put("year", "年份须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
        }
        List<NamedDay> daysOff = days(year, holidays, HOLIDAYS, true, problems);
        List<NamedDay> daysWorked = days(year, workdays, WORKDAYS, false, problems);
        if (holidays == null || holidays.isEmpty()) {
            problems.put(HOLIDAYS, "请至少填写一个放假日（如元旦）");
        }
        Set<LocalDate> off = new HashSet<>();
        daysOff.forEach(day -> off.add(day.date()));
        for (int i = 0; workdays != null && i < workdays.size(); i++) {
            LocalDate date = parsed(workdays.get(i));
            String field = WORKDAYS + "[" + i + "].date";
            if (date == null || problems.containsKey(field)) {
                continue;
            }
            if (!YearArrangement.isWeekend(date)) {
                problems.put(field, date + " 是" + weekday(date) + "，调休上班日须为星期六或星期日");
            } else if (off.contains(date)) {
                problems.put(field, date + " 已列为放假日，不能同时为调休上班日");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("calendar_year_invalid", problems);
        }
        return new YearArrangement(year, daysOff, daysWorked);
    }

    private static List<NamedDay> days(int year, List<ProposedDay> proposed, String list, boolean nameRequired,
                                       Map<String, String> problems) {
        List<NamedDay> days = new ArrayList<>();
        if (proposed == null) {
            return days;
        }
        if (proposed.size() > MAX_DAYS) {
            problems.put(list, "最多填写 " + MAX_DAYS + " 天");
            return days;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < proposed.size(); i++) {
            ProposedDay day = proposed.get(i);
            String element = list + "[" + i + "]";
            if (day == null) {
                problems.put(element, "必填");
                continue;
            }
            String dateProblem = dateProblem(year, day.date());
            LocalDate date = parsed(day);
            if (dateProblem == null && !seen.add(date)) {
                dateProblem = date + " 重复填写";
            }
            if (dateProblem != null) {
                problems.put(element + ".date", dateProblem);
            }
            String name = day.name() == null || day.name().isBlank() ? null : day.name().strip();
            if (name == null && nameRequired) {
                problems.put(element + ".name", "请填写节日名称（如 春节）");
            } else if (name != null && name.length() > MAX_NAME_LENGTH) {
                problems.put(element + ".name", "名称不超过 " + MAX_NAME_LENGTH + " 个字");
            }
            if (dateProblem == null && !problems.containsKey(element + ".name")) {
                days.add(new NamedDay(date, name));
            }
        }
        return days;
    }

    private static String dateProblem(int year, String text) {
        if (text == null || text.isBlank()) {
            return "必填";
        }
        LocalDate date = parse(text);
        if (date == null) {
            return "“" + text.strip() + "”不是有效日期，格式应为 YYYY-MM-DD（如 " + year + "-01-01）";
        }
        if (date.getYear() != year) {
            return date + " 不在 " + year + " 年内";
        }
        return null;
    }

    private static LocalDate parsed(ProposedDay day) {
        return day == null || day.date() == null ? null : parse(day.date());
    }

    /** A strict ISO date ({@code 2026-02-30} is not one), or {@code null}. */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE);
    }
}
