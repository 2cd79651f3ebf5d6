package org.gongkai.urgent.entity;

/** The faults of urgent reporting: 迟报 (late), 漏报 (missed), 瞒报 (concealed), 误报 (false). */
public enum FaultKind {
    LATE("迟报"),
    MISSED("漏报"),
    CONCEALED("瞒报"),
    FALSE("误报");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
