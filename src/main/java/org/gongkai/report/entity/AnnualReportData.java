package org.gongkai.report.entity;

import java.time.Instant;
import java.util.List;

/**
 * The annual report of one organ (or of all organs, {@code organCode} null) for one year: the six
 * sections and what the reconciliation found.
 */
public record AnnualReportData(int year, String organCode, String organName, Instant generatedAt,
                               List<ReportSection> sections, List<Mismatch> mismatches) {

    public ReportSection section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }

    public boolean reconciled() {
        return mismatches.isEmpty();
    }

    public String title() {
        return organName + year + "年政府信息公开工作年度报告";
    }
}
