package org.gongkai.infowork.entity;

/** How an item reached a higher level's publication: reported directly by the unit, or forwarded by the office. */
public enum Route {
    DIRECT("直报"), FORWARDED("转报");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
