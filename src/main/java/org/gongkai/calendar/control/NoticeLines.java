package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.NamedDay;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A holiday notice as administrators type it on the calendar page, one line per day or run of
 * days: {@code 2027-01-01 元旦} or {@code 2027-02-06 至 2027-02-13 春节} ("至", "~" or ".." between
 * the dates). Runs are spread into their days; anything not understood is passed on as typed,
 * so that {@link CalendarYearRules} names the problem. {@link #format} writes the days back, runs of
 * consecutive days with the same name as one line.
 */
public final class NoticeLines {

    /** The longest run one line may stand for (the longest holiday, 春节 or 国庆, is 8 or 9 days). */
    static final int MAX_RUN = 31;

    private NoticeLines() {
    }

    public static List<ProposedDay> parse(String text) {
        List<ProposedDay> days = new ArrayList<>();
        if (text == null) {
            return days;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.replace('\u3000', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*(?:至|~|～|\\.\\.)\\s*|\\s+", 3);
            List<ProposedDay> run = run(line, parts);
            days.addAll(run != null ? run : List.of(single(line)));
        }
        return days;
    }

    /** The days of {@code 2027-02-06 至 2027-02-13 春节}, or null when the line is not such a run. */
    private static List<ProposedDay> run(String line, String[] parts) {
        if (parts.length < 2 || !line.matches("\\S+\\s*(?:至|~|～|\\.\\.)\\s*\\S+.*")) {
            return null;
        }
        try {
            LocalDate first = LocalDate.parse(parts[0]);
            LocalDate last = LocalDate.parse(parts[1]);
            if (last.isBefore(first) || first.plusDays(MAX_RUN).isBefore(last)) {
                return null;
            }
            String name = parts.length > 2 ? parts[2].strip() : null;
            List<ProposedDay> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(new ProposedDay(day.toString(), name));
            }
            return days;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ProposedDay single(String line) {
        String[] parts = line.split("\\s+", 2);
        return new ProposedDay(parts[0], parts.length > 1 ? parts[1].strip() : null);
    }

    /** The days as lines, consecutive days of the same name joined: {@code 2027-02-06 至 2027-02-13 春节}. */
    public static String format(List<NamedDay> days) {
        List<String> lines = new ArrayList<>();
        List<NamedDay> sorted = days.stream().sorted().toList();
        int i = 0;
        while (i < sorted.size()) {
            NamedDay first = sorted.get(i);
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).date().equals(sorted.get(j).date().plusDays(1))
                    && sorted.get(j + 1).name().equals(first.name())) {
                j++;
            }
            NamedDay last = sorted.get(j);
            lines.add(i == j ? first.date() + " " + first.name()
                    : first.date() + " 至 " + last.date() + " " + first.name());
            i = j + 1;
        }
        return String.join("\n", lines);
    }
}
