package org.gongkai.urgent.entity;

/** The grade of an incident (特别重大, 重大, 较大, 一般); each has its reporting window (data). */
public enum Grade {
    PARTICULARLY_SERIOUS("特别重大"),
    SERIOUS("重大"),
    LARGER("较大"),
    GENERAL("一般");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
