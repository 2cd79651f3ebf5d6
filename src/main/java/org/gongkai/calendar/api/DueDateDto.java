package org.gongkai.calendar.api;

import java.time.LocalDate;

/** The answer of the deadline calculator: the {@code workingDays}-th working day after {@code from}. */
public record DueDateDto(LocalDate from, int workingDays, LocalDate due, boolean provisional) {
}
