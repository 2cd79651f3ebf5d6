package org.gongkai.request.control;

import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;

import java.time.LocalDate;

/**
 * What a reply letter is made of: the request it answers (without the applicant's personal data),
 * the outcome with its reason, the officer's own text and, for a not-this-organ answer, the organ
 * responsible where known.
 */
public record LetterDraft(String organName, String trackingCode, LocalDate receivedOn, String description,
                          String docNo, Outcome outcome, OutcomeReason reason, String referTo, String text,
                          LocalDate dated) {
}
