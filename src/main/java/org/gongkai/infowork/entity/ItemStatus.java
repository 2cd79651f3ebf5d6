package org.gongkai.infowork.entity;

/** Where an item stands: drafted by the unit, submitted to the office, returned, declined (archived) or adopted. */
public enum ItemStatus {
    DRAFT("草稿"), SUBMITTED("已报送"), RETURNED("退回修改"), DECLINED("不采用"), ADOPTED("已采用");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the item has reached the office (a submission that counts). */
    public boolean submitted() {
        return this != DRAFT;
    }
}
