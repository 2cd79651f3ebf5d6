package org.gongkai.review.entity;

import java.util.Objects;

/**
 * One thing the automatic pre-scan reports: {@code text} is exactly {@code scanned.substring(start, end)},
 * offsets counting Java {@code char}s of the scanned text, {@code end} exclusive. {@code suggestion} is
 * the masked replacement offered for personal data and {@code null} for markings and sensitive terms,
 * which a person has to rewrite or remove.
 */
public record Finding(FindingKind kind, String text, int start, int end, String suggestion) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("finding offsets [" + start + ", " + end
                    + ") do not fit a text of " + text.length() + " chars");
        }
    }
}
