package org.gongkai.request.entity;

/** Where a drafted reply letter stands. */
public enum ReplyState {
    /** in the confidentiality review */
    IN_REVIEW,
    /** sent back by the reviewer for changes: the officer drafts a new one */
    RETURNED,
    /** release refused by the reviewer: the officer drafts a new one */
    REJECTED,
    /** approved and released to the applicant */
    RELEASED
}
