package org.gongkai.report.entity;

/** Section 四: the kinds of case about a disclosure decision (Art. 51 of the OGI Regulations). */
public enum CaseKind {
    /** 行政复议 */
    RECONSIDERATION("行政复议"),
    /** 行政诉讼 · 未经复议直接起诉 */
    SUIT_DIRECT("行政诉讼（未经复议直接起诉）"),
    /** 行政诉讼 · 复议后起诉 */
    SUIT_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
