package org.gongkai.infowork.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a joint item's points (合报) equally among its units, to the cent, so that the shares add
 * up to the whole: the cents left over go one each to the first units (the lead unit first).
 */
public final class PointSplit {

    private PointSplit() {
    }

    public static Map<String, BigDecimal> split(BigDecimal points, List<String> organs) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (organs.isEmpty()) {
            return shares;
        }
        long cents = points.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        int n = organs.size();
        long each = cents / n;
        long rest = cents - each * n;
        long step = Long.signum(rest);
        for (String organ : organs) {
            long share = each;
            if (rest != 0) {
                share += step;
                rest -= step;
            }
            shares.merge(organ, BigDecimal.valueOf(share, 2), BigDecimal::add);
        }
        return shares;
    }
}
