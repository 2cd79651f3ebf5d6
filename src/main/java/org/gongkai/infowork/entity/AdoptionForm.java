package org.gongkai.infowork.entity;

/** An item adopted on its own (单条采用) or within a combined article (综合采用). */
public enum AdoptionForm {
    SINGLE("单条采用"), COMBINED("综合采用");

    private final String label;

    AdoptionForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
