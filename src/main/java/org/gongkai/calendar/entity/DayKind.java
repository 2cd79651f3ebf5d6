package org.gongkai.calendar.entity;

/** What a holiday notice says about a date. */
public enum DayKind {
    /** A day off (放假), on a weekday or a weekend day. */
    HOLIDAY,
    /** A make-up working day (调休上班): a Saturday or Sunday worked instead. */
    WORKDAY
}
