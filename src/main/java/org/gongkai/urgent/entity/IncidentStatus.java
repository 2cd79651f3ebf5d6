package org.gongkai.urgent.entity;

/** Awaiting the written first report (待报), reported (已报, 续报 may follow), closed by the final report (已终报). */
public enum IncidentStatus {
    AWAITING("待书面报告"),
    REPORTED("已初报"),
    CLOSED("已终报");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
