package org.gongkai.report.control;

import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.TableRow;

/**
 * One table of the report as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the Chinese labels): the group heading, the row label, then a column per cell.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String table(ReportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(field("分组")).append(',').append(field("项目"));
        for (String column : table.columns()) {
            csv.append(',').append(field(column));
        }
        csv.append("\r\n");
        for (TableRow row : table.rows()) {
            csv.append(field(row.group() == null ? "" : row.group())).append(',').append(field(row.label()));
            for (String column : table.columns()) {
                Number value = row.cells().get(column);
                csv.append(',').append(value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** A quoted field; a leading formula character is defused (CSV injection). */
    public static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
