package org.gongkai.report.control;

import org.gongkai.report.entity.Mismatch;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.RequestTableLayout;
import org.gongkai.report.entity.RequestTableLayout.Column;
import org.gongkai.report.entity.RequestTableLayout.Row;
import org.gongkai.report.entity.TableRow;
import org.gongkai.report.entity.TallyGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Table 三 of the annual report from the request feature's aggregate groups, and its
 * reconciliation (国办公开办函〔2021〕30号): for every column, 一 + 二 = 三(七) + 四 and
 * (七) = (一) + … + (六); and for every row, 总计 = 自然人 + the five 法人或其他组织 columns. Each
 * row is counted independently from the groups, so a record that breaks a rule shows as a
 * mismatch with the groups behind it instead of being absorbed into a total.
 */
public final class RequestTable {

    private RequestTable() {
    }

    public static ReportTable build(List<TallyGroup> groups) {
        List<TableRow> rows = new ArrayList<>();
        for (Row row : RequestTableLayout.ROWS) {
            Map<String, Number> cells = new LinkedHashMap<>();
            for (Column column : RequestTableLayout.COLUMNS) {
                cells.put(column.label(), count(groups, inRow(row.key()).and(inColumn(column.key()))));
            }
            rows.add(new TableRow(row.key(), row.group(), row.label(), cells));
        }
        List<String> columns = RequestTableLayout.COLUMNS.stream().map(Column::label).toList();
        return new ReportTable("3", "三、收到和处理政府信息公开申请情况", columns, rows);
    }

    /** Every broken invariant, per column (and the 总计 column), with the groups that break it. */
    public static List<Mismatch> reconcile(List<TallyGroup> groups) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (Column column : RequestTableLayout.COLUMNS) {
            Predicate<TallyGroup> here = inColumn(column.key());
            long in = count(groups, here.and(g -> g.intake() != null));
            long out = count(groups, here.and(g -> g.disposal() != null));
            if (in != out) {
                mismatches.add(new Mismatch("一 + 二 = 三（七） + 四", column.label(), in, out,
                        groups.stream().filter(here.and(g -> (g.intake() == null) != (g.disposal() == null))).toList(),
                        List.of()));
            }
            long total = count(groups, here.and(inRow(RequestTableLayout.TOTAL)));
            long summed = RequestTableLayout.outcomeRows().stream()
                    .mapToLong(row -> count(groups, here.and(inRow(row.key())))).sum();
            if (total != summed) {
                mismatches.add(new Mismatch("（七） = （一） + … + （六）", column.label(), total, summed,
                        groups.stream().filter(here.and(g -> "CLOSED".equals(g.disposal()) && !isOutcomeRow(g.row()))).toList(),
                        List.of()));
            }
        }
        // 总计 = the sum of the six applicant columns, in every row
        List<TallyGroup> outside = groups.stream().filter(g -> !isApplicantColumn(g.column())).toList();
        if (!outside.isEmpty()) {
            long all = count(groups, g -> true);
            mismatches.add(new Mismatch("总计 = 自然人 + 法人或其他组织", RequestTableLayout.TOTAL_COLUMN, all,
                    all - count(outside, g -> true), outside, List.of()));
        }
        return mismatches;
    }

    private static boolean isOutcomeRow(String row) {
        return row != null && RequestTableLayout.outcomeRows().stream().anyMatch(r -> r.key().equals(row));
    }

    private static boolean isApplicantColumn(String column) {
        return RequestTableLayout.COLUMNS.stream().anyMatch(c -> !c.key().equals("TOTAL") && c.key().equals(column));
    }

    private static Predicate<TallyGroup> inColumn(String key) {
        return "TOTAL".equals(key) ? g -> true : g -> key.equals(g.column());
    }

    private static Predicate<TallyGroup> inRow(String key) {
        return switch (key) {
            case RequestTableLayout.NEW -> g -> "NEW".equals(g.intake());
            case RequestTableLayout.CARRIED -> g -> "CARRIED".equals(g.intake());
            case RequestTableLayout.TOTAL -> g -> "CLOSED".equals(g.disposal());
            case RequestTableLayout.NEXT -> g -> "NEXT".equals(g.disposal());
            default -> g -> "CLOSED".equals(g.disposal()) && key.equals(g.row());
        };
    }

    private static long count(List<TallyGroup> groups, Predicate<TallyGroup> which) {
        return groups.stream().filter(which).mapToLong(TallyGroup::count).sum();
    }
}
