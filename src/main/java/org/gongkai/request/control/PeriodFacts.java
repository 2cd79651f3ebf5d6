package org.gongkai.request.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a request's reply period depends on: the day its period starts (the receipt, or the receipt
 * of the corrected application after a supplementation, Art. 30 of the OGI Regulations), the pauses
 * (consultations, Art. 32–33; waiting for a fee, 国办函〔2020〕109号) and the approved extension
 * (at most 20 working days, Art. 33).
 */
public record PeriodFacts(LocalDate periodStart, List<Pause> pauses, int extensionDays) {

    public PeriodFacts {
        Objects.requireNonNull(periodStart, "periodStart");
        pauses = List.copyOf(pauses);
        if (extensionDays < 0 || extensionDays > ReplyPeriods.MAX_EXTENSION) {
            throw new IllegalArgumentException("extension of " + extensionDays + " working days");
        }
    }

    public static PeriodFacts receivedOn(LocalDate receivedOn) {
        return new PeriodFacts(receivedOn, List.of(), 0);
    }
}
