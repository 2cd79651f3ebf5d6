package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.NamedDay;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoticeLinesTest {

    @Test
    void runsAreSpreadIntoTheirDaysAndSingleDaysKept() {
        List<ProposedDay> days = NoticeLines.parse("""
                2027-01-01 元旦

                2027-02-06 至 2027-02-08 春节
                2027-05-01~2027-05-02　劳动节
                """);
        assertEquals(List.of(new ProposedDay("2027-01-01", "元旦"), new ProposedDay("2027-02-06", "春节"),
                new ProposedDay("2027-02-07", "春节"), new ProposedDay("2027-02-08", "春节"),
                new ProposedDay("2027-05-01", "劳动节"), new ProposedDay("2027-05-02", "劳动节")), days);
    }

    @Test
    void whatIsNotUnderstoodIsPassedOnForTheRulesToName() {
        assertEquals(List.of(new ProposedDay("2027-13-01", "元旦"), new ProposedDay("2027-02-07", null),
                        new ProposedDay("2027-02-08", "至")),
                NoticeLines.parse("2027-13-01 元旦\n2027-02-07\n2027-02-08 至"));
        // a run backwards is not spread: its first date is passed on with the rest as the name
        assertEquals(List.of(new ProposedDay("2027-02-08", "至 2027-02-06 春节")),
                NoticeLines.parse("2027-02-08 至 2027-02-06 春节"));
    }

    @Test
    void formatJoinsConsecutiveDaysOfOneNameAndReadsBackTheSame() {
        List<NamedDay> days = List.of(new NamedDay(LocalDate.of(2027, 2, 7), "春节"),
                new NamedDay(LocalDate.of(2027, 2, 6), "春节"), new NamedDay(LocalDate.of(2027, 1, 1), "元旦"),
                new NamedDay(LocalDate.of(2027, 2, 8), "春节"), new NamedDay(LocalDate.of(2027, 2, 10), "春节"));
        String text = NoticeLines.format(days);
        assertEquals("2027-01-01 元旦\n2027-02-06 至 2027-02-08 春节\n2027-02-10 春节", text);
        assertEquals(days.stream().sorted().map(d -> new ProposedDay(d.date().toString(), d.name())).toList(),
                NoticeLines.parse(text));
    }
}
