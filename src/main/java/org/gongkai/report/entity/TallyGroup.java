package org.gongkai.report.entity;

/**
 * An aggregate group of the year's requests as the request feature counts them: where they entered
 * the year ({@code NEW}, {@code CARRIED} or null), where they left it ({@code CLOSED}, {@code NEXT}
 * or null), the outcome row (a row key of {@link RequestTableLayout}, {@code UNCLASSIFIED}, or null),
 * the applicant column key, the stored outcome and reason, and how many requests.
 */
public record TallyGroup(String intake, String disposal, String row, String column, String outcome, String reason,
                         long count) {
}
