package org.gongkai.consult.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The public figures of the desk per organ and year (the website inspection rules,
 * 国办秘函〔2019〕19号, ask that received and answered counts be public): received (valid messages
 * assigned to the organ), answered (a first answer released), on time (released no later than the
 * first handling's due date), the average working days from receipt to the first answer, and the
 * writers' ratings (satisfied of rated). Invalid messages are not counted.
 */
public final class DeskStatistics {

    /** One valid message of the year as the statistics need it. */
    public record Row(String organ, LocalDate receivedOn, LocalDate firstDueOn, LocalDate firstRepliedOn,
                      Boolean satisfied) {
    }

    /** The figures of one organ. */
    public record Figures(String organ, long received, long answered, long onTime, double averageWorkingDays,
                          long satisfied, long rated) {
    }

    private DeskStatistics() {
    }

    /**
     * @param workingDaysTaken working days from receipt to the answer (the calendar's count)
     */
    public static List<Figures> of(List<Row> rows, BiFunction<LocalDate, LocalDate, Integer> workingDaysTaken) {
        Map<String, List<Row>> byOrgan = new TreeMap<>();
        for (Row row : rows) {
            byOrgan.computeIfAbsent(row.organ(), k -> new ArrayList<>()).add(row);
        }
        List<Figures> figures = new ArrayList<>();
        byOrgan.forEach((organ, list) -> {
            long answered = 0;
            long onTime = 0;
            long days = 0;
            long satisfied = 0;
            long rated = 0;
            for (Row row : list) {
                if (row.firstRepliedOn() != null) {
                    answered++;
                    if (!row.firstRepliedOn().isAfter(row.firstDueOn())) {
                        onTime++;
                    }
                    days += workingDaysTaken.apply(row.receivedOn(), row.firstRepliedOn());
                }
                if (row.satisfied() != null) {
                    rated++;
                    if (row.satisfied()) {
                        satisfied++;
                    }
                }
            }
            double average = answered == 0 ? 0 : Math.round(10.0 * days / answered) / 10.0;
            figures.add(new Figures(organ, list.size(), answered, onTime, average, satisfied, rated));
        });
        return figures;
    }
}
