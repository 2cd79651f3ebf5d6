package org.gongkai.calendar.control;

/** A day of a holiday notice as an administrator typed it, not yet checked. */
public record ProposedDay(String date, String name) {
}
