package org.gongkai.consult.entity;

/** What a writer sends to the desk, each with its answer period (data: {@code consult_kind_period}). */
public enum MessageKind {
    CONSULTATION("咨询"), SUGGESTION("建议"), COMPLAINT("投诉"), CORRECTION("纠错");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
