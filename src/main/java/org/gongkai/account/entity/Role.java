package org.gongkai.account.entity;

/** What a staff user may do; a user may hold several roles, but at most one administrator role. */
public enum Role {
    /** drafts catalogue entries and guide text */
    EDITOR,
    /** handles disclosure requests */
    OFFICER,
    /** does the confidentiality review (保密审查) */
    REVIEWER,
    /** approves extensions and the last step of sensitive reviews */
    LEADER,
    /** system administrator (系统管理员): organs, the calendar, the term lists and review chains */
    ADMIN,
    /** security administrator (安全管理员): staff accounts, roles and sign-in locks */
    SECURITY_ADMIN,
    /** audit administrator (安全审计员): reads and verifies the audit trail */
    AUDITOR,
    /** a unit's information officer (信息员): submits information items and urgent-incident reports for their organ */
    INFO_OFFICER,
    /** the government office's information section (信息科): adopts items, compiles issues, keeps the duty log */
    INFO_EDITOR;

    /**
     * The three administrator roles of 三员分立 (GB/T 22239-2019 level 3, 8.1.10.1 to 8.1.10.3):
     * an account holds at most one of them.
     */
    public static final java.util.Set<Role> ADMINISTRATORS = java.util.EnumSet.of(ADMIN, SECURITY_ADMIN, AUDITOR);
}
