package org.gongkai.report.entity;

import java.util.List;

/**
 * A failed invariant of table 三: which rule, in which column, the two sides, the aggregate groups
 * that break it and the tracking codes of the requests behind them (never hidden, never adjusted).
 */
public record Mismatch(String rule, String column, long left, long right, List<TallyGroup> groups,
                       List<String> requests) {

    public Mismatch withRequests(List<String> codes) {
        return new Mismatch(rule, column, left, right, groups, codes);
    }
}
