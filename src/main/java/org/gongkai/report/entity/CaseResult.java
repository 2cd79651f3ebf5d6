package org.gongkai.report.entity;

/** Section 四: how a case ended, the columns of the 2021 format. */
public enum CaseResult {
    MAINTAINED("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    CaseResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
