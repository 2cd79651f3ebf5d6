package org.gongkai.infowork.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointSplitTest {

    @Test
    void aJointItemSplitsItsPointsToTheCentAndTheSharesAddUpToTheWhole() {
        Map<String, BigDecimal> shares = PointSplit.split(new BigDecimal("5"), List.of("lead", "b", "c"));

        assertEquals(List.of(new BigDecimal("1.67"), new BigDecimal("1.67"), new BigDecimal("1.66")), List.copyOf(shares.values()));
        assertEquals(new BigDecimal("5.00"), shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void deductionsSplitTheSameWay() {
        Map<String, BigDecimal> shares = PointSplit.split(new BigDecimal("-10"), List.of("lead", "b", "c"));

        assertEquals(List.of(new BigDecimal("-3.34"), new BigDecimal("-3.33"), new BigDecimal("-3.33")), List.copyOf(shares.values()));
    }

    @Test
    void aSingleUnitKeepsEverything() {
        assertEquals(Map.of("lead", new BigDecimal("7.00")), PointSplit.split(new BigDecimal("7"), List.of("lead")));
    }
}
