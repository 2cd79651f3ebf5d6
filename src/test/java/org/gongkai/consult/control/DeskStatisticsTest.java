package org.gongkai.consult.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeskStatisticsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @Test
    void countsPerOrganWithOnTimeAverageAndRatings() {
        List<DeskStatistics.Figures> figures = DeskStatistics.of(List.of(
                new DeskStatistics.Row("A", MARCH_1, MARCH_1.plusDays(7), MARCH_1.plusDays(2), true),
                new DeskStatistics.Row("A", MARCH_1, MARCH_1.plusDays(3), MARCH_1.plusDays(6), false),
                new DeskStatistics.Row("A", MARCH_1, MARCH_1.plusDays(3), null, null),
                new DeskStatistics.Row("B", MARCH_1, MARCH_1.plusDays(3), null, null)),
                (a, b) -> (int) ChronoUnit.DAYS.between(a, b));
        DeskStatistics.Figures a = figures.get(0);
        assertEquals(new DeskStatistics.Figures("A", 3, 2, 1, 4.0, 1, 2), a);
        assertEquals(new DeskStatistics.Figures("B", 1, 0, 0, 0.0, 0, 0), figures.get(1));
    }
}
