package org.gongkai.report.entity;

import java.math.BigDecimal;

/**
 * What officers write and enter: sections 一, 五 and 六, and section 二's figures that no feature of
 * the portal counts (行政许可, 行政处罚, 行政强制 decisions; 行政事业性收费 in 万元).
 */
public record ReportTexts(String overview, String problems, String otherMatters, long licensing, long penalties,
                          long enforcement, BigDecimal feesWan) {

    public static ReportTexts empty() {
        return new ReportTexts("", "", "", 0, 0, 0, BigDecimal.ZERO);
    }
}
