package org.gongkai.report.control;

import org.gongkai.report.entity.Statistics;

/** The statistics as one CSV: a block per series (key by month, then the year's total). */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    public static String write(Statistics s) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(ReportCsv.field(s.organName() + s.year() + "年统计")).append("\r\n");
        for (Statistics.Series series : s.series()) {
            csv.append(ReportCsv.field(series.title()));
            for (int m = 1; m <= 12; m++) {
                csv.append(',').append(ReportCsv.field(m + "月"));
            }
            csv.append(',').append(ReportCsv.field("合计")).append("\r\n");
            for (int i = 0; i < series.keys().size(); i++) {
                csv.append(ReportCsv.field(series.keys().get(i)));
                for (long n : series.months().get(i)) {
                    csv.append(',').append(n);
                }
                csv.append(',').append(series.total(i)).append("\r\n");
            }
        }
        csv.append(ReportCsv.field("平均答复用时（工作日）")).append(',').append(String.format("%.1f", s.averageWorkingDays())).append("\r\n");
        csv.append(ReportCsv.field("收费通知")).append(',').append(s.feesNoticed()).append("\r\n");
        csv.append(ReportCsv.field("已缴费")).append(',').append(s.feesPaid()).append(',')
                .append(s.feesPaidYuan().toPlainString()).append("\r\n");
        csv.append(ReportCsv.field("主动公开条目")).append(',').append(s.cataloguePublished()).append("\r\n");
        csv.append(ReportCsv.field("20个工作日内公开")).append(',').append(s.catalogueOnTime()).append("\r\n");
        for (Statistics.Late late : s.lateCatalogue()) {
            csv.append(ReportCsv.field("逾期公开")).append(',').append(ReportCsv.field(late.indexNo() == null ? "" : late.indexNo()))
                    .append(',').append(ReportCsv.field(late.title())).append(',').append(late.formedOn()).append(',')
                    .append(late.publishedOn()).append(',').append(late.dueOn()).append("\r\n");
        }
        return csv.toString();
    }
}
