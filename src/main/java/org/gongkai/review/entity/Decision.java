package org.gongkai.review.entity;

/** What a reviewer decides at one step. */
public enum Decision {
    APPROVE,
    /** back to the author for changes (退回修改) */
    RETURN,
    /** publication refused (不予公开) */
    REJECT
}
