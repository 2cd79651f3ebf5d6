package org.gongkai.report.entity;

import java.time.LocalDate;

/** A reconsideration or lawsuit recorded against a request, with its result (PENDING until decided). */
public record LitigationCase(long id, String organCode, String requestCode, CaseKind kind, LocalDate filedOn,
                             CaseResult result, LocalDate decidedOn, String recordedBy) {

    /** The result as it stood at the end of {@code year}: a decision after it is still 尚未审结 then. */
    public CaseResult resultAtEndOf(int year) {
        return decidedOn == null || decidedOn.getYear() > year ? CaseResult.PENDING : result;
    }
}
