package org.gongkai.calendar.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day of a period of working days. {@code provisional} when the period runs into a year
 * whose holiday notice is not entered yet: then only weekends were left out, and the date may
 * move once the notice is entered.
 */
public record DueDate(LocalDate due, boolean provisional) {

    public DueDate {
        Objects.requireNonNull(due, "due");
    }
}
