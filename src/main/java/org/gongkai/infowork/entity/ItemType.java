package org.gongkai.infowork.entity;

/** The kinds of information item the measures name. */
public enum ItemType {
    DYNAMIC("动态"), BRIEFING("要情"), EXPERIENCE("经验做法"), PROBLEM("问题/社情民意"), RESEARCH("调研"), COMMISSIONED("约稿");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
