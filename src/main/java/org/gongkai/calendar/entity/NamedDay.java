package org.gongkai.calendar.entity;

import java.time.LocalDate;
import java.util.Objects;

/** One date of a holiday notice with its name, such as 2026-02-17 春节 or 2026-02-14 春节调休. */
public record NamedDay(LocalDate date, String name) implements Comparable<NamedDay> {

    public NamedDay {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public int compareTo(NamedDay other) {
        return date.compareTo(other.date);
    }
}
