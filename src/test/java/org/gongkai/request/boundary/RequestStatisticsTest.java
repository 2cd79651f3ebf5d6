package org.gongkai.request.boundary;

import org.gongkai.request.entity.OutcomeReason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestStatisticsTest {

    @Test
    void eachOutcomeIsCountedInItsRowOfTheAnnualReport() {
        assertEquals("GRANTED", RequestStatistics.reportRow("GRANTED", null));
        assertEquals("GRANTED", RequestStatistics.reportRow("ALREADY_PUBLIC", null), "已主动公开 counts as 予以公开");
        assertEquals("PARTLY_GRANTED", RequestStatistics.reportRow("PARTLY_GRANTED", "THIRD_PARTY_RIGHTS"),
                "区分处理的，只计这一情形");
        assertEquals("INFORMATION_DOES_NOT_EXIST", RequestStatistics.reportRow("NOT_THIS_ORGAN", null));
        for (OutcomeReason reason : OutcomeReason.values()) {
            assertEquals(reason.name(), RequestStatistics.reportRow(reason.outcome().name(), reason.name()));
        }
    }

    @Test
    void anOutcomeWithoutItsReasonOrWithAnotherOutcomesReasonFitsNoRow() {
        assertEquals(RequestStatistics.UNCLASSIFIED, RequestStatistics.reportRow("REFUSED", null));
        assertEquals(RequestStatistics.UNCLASSIFIED, RequestStatistics.reportRow("REFUSED", "PETITION"));
        assertEquals(RequestStatistics.UNCLASSIFIED, RequestStatistics.reportRow("MAYBE", null));
    }
}
