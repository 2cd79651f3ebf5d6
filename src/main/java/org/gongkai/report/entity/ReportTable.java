package org.gongkai.report.entity;

import java.util.List;

/** A table of the report: key ({@code 2}, {@code 3}, {@code 4}), title, the column labels, the rows. */
public record ReportTable(String key, String title, List<String> columns, List<TableRow> rows) {

    public TableRow row(String rowKey) {
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst().orElseThrow();
    }
}
