package org.gongkai.report.control;

import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.ReportSection;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.TableRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * The report as HTML laid out like the published reports of the 2021 format (国办公开办函〔2021〕30号):
 * the six sections, table 二 in its four blocks, table 三 with the applicant columns under
 * 申请人情况 and the outcome rows under their headings, table 四 as one row of 15 cells. Every
 * text is escaped; the fragment needs no script and carries its class names for the style sheet.
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    /** The report's body (no page around it), to be placed inside a page of the portal. */
    public static String fragment(AnnualReportData data) {
        StringBuilder html = new StringBuilder("<article class=\"gk-annual-report\" lang=\"zh-CN\">");
        html.append("<h1>").append(esc(data.title())).append("</h1>");
        for (ReportSection section : data.sections()) {
            html.append("<section id=\"section-").append(esc(section.number())).append("\"><h2>")
                    .append(esc(section.title())).append("</h2>");
            if (section.text() != null) {
                for (String paragraph : section.text().split("\\R")) {
                    if (!paragraph.isBlank()) {
                        html.append("<p>").append(esc(paragraph.strip())).append("</p>");
                    }
                }
            }
            if (section.table() != null) {
                switch (section.table().key()) {
                    case "2" -> proactive(html, section.table());
                    case "3" -> requests(html, section.table());
                    default -> remedies(html, section.table());
                }
            }
            html.append("</section>");
        }
        return html.append("</article>").toString();
    }

    /** A whole page, for the {@code .html} download. */
    public static String page(AnnualReportData data) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + esc(data.title())
                + "</title><style>body{font-family:serif;max-width:60em;margin:2em auto;line-height:1.7}"
                + "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #000;padding:.2em .4em;"
                + "text-align:center}td.label{text-align:left}caption{font-weight:bold}</style></head><body>"
                + fragment(data) + "</body></html>";
    }

    private static void proactive(StringBuilder html, ReportTable table) {
        html.append("<table class=\"gk-report-table\"><caption>").append(esc(table.title())).append("</caption>");
        String group = null;
        for (TableRow row : table.rows()) {
            if (!row.group().equals(group)) {
                group = row.group();
                html.append("<tr><th scope=\"colgroup\" colspan=\"4\">").append(esc(group)).append("</th></tr><tr><th scope=\"col\">信息内容</th>");
                for (String column : row.cells().keySet()) {
                    html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
                }
                html.append("</tr>");
            }
            html.append("<tr><th scope=\"row\" class=\"label\">").append(esc(row.label())).append("</th>");
            row.cells().values().forEach(value -> html.append("<td>").append(number(value)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static void requests(StringBuilder html, ReportTable table) {
        List<String> columns = table.columns();
        html.append("<table class=\"gk-report-table\"><caption>").append(esc(table.title())).append("</caption>")
                .append("<thead><tr><th scope=\"col\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>")
                .append("<th scope=\"colgroup\" colspan=\"").append(columns.size()).append("\">申请人情况</th></tr>")
                .append("<tr><th scope=\"col\" rowspan=\"2\">").append(esc(columns.get(0))).append("</th>")
                .append("<th scope=\"colgroup\" colspan=\"").append(columns.size() - 2).append("\">法人或其他组织</th>")
                .append("<th scope=\"col\" rowspan=\"2\">").append(esc(columns.get(columns.size() - 1))).append("</th></tr><tr>");
        for (String column : columns.subList(1, columns.size() - 1)) {
            html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        List<TableRow> rows = table.rows();
        long results = rows.stream().filter(r -> r.group() != null).count();
        boolean resultsOpened = false;
        String subGroup = null;
        for (TableRow row : rows) {
            html.append("<tr>");
            if (row.group() == null) {
                html.append("<th scope=\"row\" colspan=\"3\" class=\"label\">").append(esc(row.label())).append("</th>");
            } else {
                if (!resultsOpened) {
                    resultsOpened = true;
                    html.append("<th scope=\"rowgroup\" rowspan=\"").append(results).append("\">三、本年度办理结果</th>");
                }
                boolean sub = !row.group().startsWith("三");
                if (sub) {
                    if (!row.group().equals(subGroup)) {
                        subGroup = row.group();
                        String g = subGroup;
                        long span = rows.stream().filter(r -> g.equals(r.group())).count();
                        html.append("<th scope=\"rowgroup\" rowspan=\"").append(span).append("\" class=\"label\">")
                                .append(esc(subGroup)).append("</th>");
                    }
                    html.append("<th scope=\"row\" class=\"label\">").append(esc(row.label())).append("</th>");
                } else {
                    html.append("<th scope=\"row\" colspan=\"2\" class=\"label\">").append(esc(row.label())).append("</th>");
                }
            }
            for (String column : columns) {
                html.append("<td>").append(number(row.cells().get(column))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void remedies(StringBuilder html, ReportTable table) {
        html.append("<table class=\"gk-report-table\"><caption>").append(esc(table.title())).append("</caption><thead><tr>")
                .append("<th scope=\"colgroup\" colspan=\"5\" rowspan=\"2\">行政复议</th>")
                .append("<th scope=\"colgroup\" colspan=\"10\">行政诉讼</th></tr><tr>");
        for (TableRow row : table.rows().subList(1, table.rows().size())) {
            html.append("<th scope=\"colgroup\" colspan=\"5\">")
                    .append(esc(row.label().replace("行政诉讼（", "").replace("）", ""))).append("</th>");
        }
        html.append("</tr><tr>");
        for (int i = 0; i < table.rows().size(); i++) {
            for (String column : table.columns()) {
                html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
            }
        }
        html.append("</tr></thead><tbody><tr>");
        for (TableRow row : table.rows()) {
            for (String column : table.columns()) {
                html.append("<td>").append(number(row.cells().get(column))).append("</td>");
            }
        }
        html.append("</tr></tbody></table>");
    }

    static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : value.toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
