package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.calendar.entity.NamedDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2025 and 2026 holiday notices of the State Council General Office (国务院办公厅关于2025年、2026年部分节假日安排的通知), transcribed here on their own
 * (not read from the migration), so that the tests check the seeded data rather than repeat it.
 */
public final class StateCouncilNotices {

    private StateCouncilNotices() {
    }

    public static YearArrangement year2025() {
        List<NamedDay> off = new ArrayList<>();
        List<NamedDay> on = new ArrayList<>();
        range(off, "2025-01-01", "2025-01-01", "元旦");
        range(off, "2025-01-28", "2025-02-04", "春节");
        range(on, "2025-01-26", "2025-01-26", "春节调休");
        range(on, "2025-02-08", "2025-02-08", "春节调休");
        range(off, "2025-04-04", "2025-04-06", "清明节");
        range(off, "2025-05-01", "2025-05-05", "劳动节");
        range(on, "2025-04-27", "2025-04-27", "劳动节调休");
        range(off, "2025-05-31", "2025-06-02", "端午节");
        range(off, "2025-10-01", "2025-10-08", "国庆节、中秋节");
        range(on, "2025-09-28", "2025-09-28", "国庆节、中秋节调休");
        range(on, "2025-10-11", "2025-10-11", "国庆节、中秋节调休");
        return new YearArrangement(2025, off, on);
    }

    public static YearArrangement year2026() {
        List<NamedDay> off = new ArrayList<>();
        List<NamedDay> on = new ArrayList<>();
        range(off, "2026-01-01", "2026-01-03", "元旦");
        range(on, "2026-01-04", "2026-01-04", "元旦调休");
        range(off, "2026-02-15", "2026-02-23", "春节");
        range(on, "2026-02-14", "2026-02-14", "春节调休");
        range(on, "2026-02-28", "2026-02-28", "春节调休");
        range(off, "2026-04-04", "2026-04-06", "清明节");
        range(off, "2026-05-01", "2026-05-05", "劳动节");
        range(on, "2026-05-09", "2026-05-09", "劳动节调休");
        range(off, "2026-06-19", "2026-06-21", "端午节");
        range(off, "2026-09-25", "2026-09-27", "中秋节");
        range(off, "2026-10-01", "2026-10-07", "国庆节");
        range(on, "2026-09-20", "2026-09-20", "国庆节调休");
        range(on, "2026-10-10", "2026-10-10", "国庆节调休");
        return new YearArrangement(2026, off, on);
    }

    /** The calendar as the portal ships it. */
    public static WorkingDayCalculator calculator() {
        return new WorkingDayCalculator(List.of(year2025(), year2026()));
    }

    private static void range(List<NamedDay> days, String first, String last, String name) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            days.add(new NamedDay(day, name));
        }
    }
}
