package org.gongkai.infowork.entity;

/** The level of a publication or of a leader's instruction: 县, 市, 省, 国务院办公厅. */
public enum Level {
    COUNTY("县级"), CITY("市级"), PROVINCE("省级"), STATE("国家级");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
