package org.gongkai.urgent.entity;

/** The reminders of an incident awaiting its written report: to the unit 30 minutes before the deadline, to the office at it. */
public enum ReminderKind {
    UNIT_BEFORE,
    OFFICE_DUE
}
