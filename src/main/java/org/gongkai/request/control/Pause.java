package org.gongkai.request.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of time that does not count toward the reply period: the working days in
 * ({@code from}, {@code until}]; {@code until} is null while it lasts. {@code cap}, when given, is
 * the last day that can count however long it lasts (a consultation beyond the third party's
 * 15 working days, Art. 32 of the OGI Regulations).
 */
public record Pause(LocalDate from, LocalDate until, LocalDate cap) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end before it starts: " + from + " > " + until);
        }
    }

    public static Pause of(LocalDate from, LocalDate until) {
        return new Pause(from, until, null);
    }

    public boolean ongoing() {
        return until == null;
    }
}
