package org.gongkai.urgent.entity;

/** The written reports: 初报 (first), 续报 (update), 终报 (final). */
public enum ReportKind {
    FIRST("初报"),
    UPDATE("续报"),
    FINAL("终报");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
