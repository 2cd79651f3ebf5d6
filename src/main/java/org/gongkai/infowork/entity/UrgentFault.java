package org.gongkai.infowork.entity;

/** The faults of urgent information that cost points: 迟报, 漏报, 瞒报, 误报. */
public enum UrgentFault {
    LATE("迟报"), MISSED("漏报"), CONCEALED("瞒报"), FALSE("误报");

    private final String label;

    UrgentFault(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
