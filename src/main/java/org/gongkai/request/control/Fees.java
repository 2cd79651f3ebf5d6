package org.gongkai.request.control;

import java.math.BigDecimal;

/**
 * The information processing fee (信息处理费) of 国办函〔2020〕109号, both methods progressive
 * (超额累进), in whole yuan. Charged only when the volume or frequency of applications is excessive;
 * one method per application.
 */
public final class Fees {

    private Fees() {
    }

    /**
     * Per application, by the applicant's count in the calendar month: the 1st to 10th are free,
     * the 11th to 30th cost CNY 100 each, and each further band of 10 adds CNY 100 to the rate
     * (31st–40th: 200, 41st–50th: 300, …).
     *
     * @param nth this application's place among the applicant's applications of its month, from 1
     */
    public static BigDecimal perApplication(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("the count starts at 1: " + nth);
        }
        if (nth <= 10) {
            return BigDecimal.ZERO;
        }
        if (nth <= 30) {
            return BigDecimal.valueOf(100);
        }
        int bandsAbove30 = (nth - 30 + 9) / 10;
        return BigDecimal.valueOf(100L + 100L * bandsAbove30);
    }

    /**
     * Per page (paper, e-mail or copied data): pages 1–30 free, 31–100 at CNY 10, 101–200 at CNY 20,
     * from 201 on CNY 40, each page at the rate of its band.
     */
    public static BigDecimal perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages: " + pages);
        }
        long amount = 10L * pagesBetween(pages, 30, 100)
                + 20L * pagesBetween(pages, 100, 200)
                + 40L * Math.max(0, pages - 200);
        return BigDecimal.valueOf(amount);
    }

    /** The pages numbered in (after, upTo]. */
    private static int pagesBetween(int pages, int after, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - after);
    }
}
