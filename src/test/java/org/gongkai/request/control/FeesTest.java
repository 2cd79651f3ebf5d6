package org.gongkai.request.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeesTest {

    private static void assertYuan(long expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), () -> expected + " expected, was " + actual);
    }

    @Test
    void perApplicationTheEleventhOfAMonthCostsOneHundred() {
        assertYuan(0, Fees.perApplication(1));
        assertYuan(0, Fees.perApplication(10));
        assertYuan(100, Fees.perApplication(11));
        assertYuan(100, Fees.perApplication(30));
        assertYuan(200, Fees.perApplication(31));
        assertYuan(200, Fees.perApplication(40));
        assertYuan(300, Fees.perApplication(41));
        assertYuan(400, Fees.perApplication(51));
    }

    @Test
    void perPageEachPageAtTheRateOfItsBand() {
        assertYuan(0, Fees.perPage(30));
        assertYuan(10, Fees.perPage(31));
        assertYuan(700, Fees.perPage(100));
        assertYuan(720, Fees.perPage(101));
        assertYuan(1700, Fees.perPage(150));
        assertYuan(2700, Fees.perPage(200));
        assertYuan(2740, Fees.perPage(201));
    }
}
