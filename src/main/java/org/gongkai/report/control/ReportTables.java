package org.gongkai.report.control;

import org.gongkai.report.entity.CaseKind;
import org.gongkai.report.entity.CaseResult;
import org.gongkai.report.entity.LitigationCase;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.ReportTexts;
import org.gongkai.report.entity.TableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables 二 and 四 of the annual report in the 2021 format (国办公开办函〔2021〕30号). */
public final class ReportTables {

    public static final String ISSUED = "本年制发件数";
    public static final String ANNULLED = "本年废止件数";
    public static final String IN_FORCE = "现行有效件数";
    public static final String DECISIONS = "本年处理决定数量";
    public static final String AMOUNT = "本年收费金额（单位：万元）";
    public static final String TOTAL = "总计";

    private ReportTables() {
    }

    /**
     * Table 二 (主动公开政府信息情况): 规章 and 行政规范性文件 counted from the catalogue
     * ({@code rules} and {@code normative}: issued, annulled, in force), and the officers' figures
     * (Art. 20 (1), (5), (6), (8) of the OGI Regulations).
     */
    public static ReportTable proactive(long[] rules, long[] normative, ReportTexts texts) {
        List<TableRow> rows = new ArrayList<>();
        String art1 = "第二十条第（一）项";
        rows.add(new TableRow("RULES", art1, "规章", documents(rules)));
        rows.add(new TableRow("NORMATIVE", art1, "行政规范性文件", documents(normative)));
        rows.add(new TableRow("LICENSING", "第二十条第（五）项", "行政许可", Map.of(DECISIONS, texts.licensing())));
        rows.add(new TableRow("PENALTIES", "第二十条第（六）项", "行政处罚", Map.of(DECISIONS, texts.penalties())));
        rows.add(new TableRow("ENFORCEMENT", "第二十条第（六）项", "行政强制", Map.of(DECISIONS, texts.enforcement())));
        rows.add(new TableRow("FEES", "第二十条第（八）项", "行政事业性收费", Map.of(AMOUNT, texts.feesWan())));
        return new ReportTable("2", "二、主动公开政府信息情况", List.of(ISSUED, ANNULLED, IN_FORCE, DECISIONS, AMOUNT), rows);
    }

    private static Map<String, Number> documents(long[] counts) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put(ISSUED, counts[0]);
        cells.put(ANNULLED, counts[1]);
        cells.put(IN_FORCE, counts[2]);
        return cells;
    }

    /**
     * Table 四 (政府信息公开行政复议、行政诉讼情况): the cases filed in the year by kind, each with its
     * result as at the year's end (结果维持, 结果纠正, 其他结果, 尚未审结) and 总计: 15 cells.
     */
    public static ReportTable remedies(List<LitigationCase> cases, int year) {
        List<TableRow> rows = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            Map<String, Number> cells = new LinkedHashMap<>();
            long total = 0;
            for (CaseResult result : CaseResult.values()) {
                long n = cases.stream().filter(c -> c.kind() == kind && c.filedOn().getYear() == year
                        && c.resultAtEndOf(year) == result).count();
                cells.put(result.label(), n);
                total += n;
            }
            cells.put(TOTAL, total);
            rows.add(new TableRow(kind.name(), kind == CaseKind.RECONSIDERATION ? "行政复议" : "行政诉讼", kind.label(), cells));
        }
        List<String> columns = new ArrayList<>();
        for (CaseResult result : CaseResult.values()) {
            columns.add(result.label());
        }
        columns.add(TOTAL);
        return new ReportTable("4", "四、政府信息公开行政复议、行政诉讼情况", columns, rows);
    }
}
