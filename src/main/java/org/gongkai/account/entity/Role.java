package org.gongkai.account.entity;

/** What a staff user may do; a user may hold several roles. */
public enum Role {
    /** drafts catalogue entries and guide text */
    EDITOR,
    /** handles disclosure requests */
    OFFICER,
    /** does the confidentiality review (保密审查) */
    REVIEWER,
    /** approves extensions and the last step of sensitive reviews */
    LEADER,
    /** manages organs, users, the calendar and the term lists */
    ADMIN
}
