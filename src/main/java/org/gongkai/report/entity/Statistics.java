package org.gongkai.report.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The statistics of a year while it runs (or after): each series a table of twelve months by key,
 * plus the figures that have no month. {@code organCode} null means all organs.
 */
public record Statistics(int year, String organCode, String organName, List<Series> series, double averageWorkingDays,
                         long replies, long feesNoticed, long feesPaid, BigDecimal feesPaidYuan, long cataloguePublished,
                         long catalogueOnTime, List<Late> lateCatalogue) {

    /** A chart with its table: one row per key, twelve monthly counts. */
    public record Series(String key, String title, List<String> keys, List<long[]> months) {

        /** The twelve monthly counts of one key, as a list for the page's table. */
        public List<Long> row(int keyIndex) {
            List<Long> row = new java.util.ArrayList<>(12);
            for (long n : months.get(keyIndex)) {
                row.add(n);
            }
            return row;
        }

        public long total(int keyIndex) {
            long sum = 0;
            for (long n : months.get(keyIndex)) {
                sum += n;
            }
            return sum;
        }
    }

    /** A catalogue entry published later than Art. 26 allows. */
    public record Late(String indexNo, String title, java.time.LocalDate formedOn, java.time.LocalDate publishedOn,
                       java.time.LocalDate dueOn) {
    }

    public double catalogueOnTimeShare() {
        return cataloguePublished == 0 ? 1.0 : (double) catalogueOnTime / cataloguePublished;
    }

    public Series series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
