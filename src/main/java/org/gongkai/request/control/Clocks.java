package org.gongkai.request.control;

import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.RequestStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a stored request as the reply clock sees them (Art. 33 of the OGI Regulations): the
 * working days a third-party consultation takes do not count (Art. 32 gives the third party 15
 * working days), nor the wait for a fee (国办函〔2020〕109号); after a correction notice the period
 * starts again from the corrected application (Art. 30).
 */
public final class Clocks {

    private Clocks() {
    }

    public static ClockFacts factsOf(DisclosureRequest request, List<Consultation> consultations, ReplyPeriods periods) {
        List<Pause> pauses = new ArrayList<>();
        for (Consultation consultation : consultations) {
            pauses.add(new Pause(consultation.sentOn(), consultation.answeredOn(),
                    periods.consultationAnswerDue(consultation.sentOn())));
        }
        if (request.feeNoticedOn() != null) {
            pauses.add(Pause.of(request.feeNoticedOn(), request.feePaidOn() != null ? request.feePaidOn()
                    : request.status() == RequestStatus.CLOSED ? request.closedOn() : null));
        }
        return new ClockFacts(request.receivedOn(), pauses, request.approvedExtensionDays());
    }

    /**
     * The standing of a request on {@code today}; none while it waits for the corrected application
     * (the period has not started again). A closed request is measured on the day it was closed and
     * is never overdue; {@link #late(DisclosureRequest, Deadline)} tells whether it was answered late.
     */
    public static Deadline deadline(DisclosureRequest request, List<Consultation> consultations, ReplyPeriods periods,
                                    LocalDate today) {
        if (request.status() == RequestStatus.AWAITING_SUPPLEMENT
                || (request.supplementationSentOn() != null && request.supplementedOn() == null)) {
            return null; // no running period: waiting for the correction, or closed without it
        }
        ClockFacts facts = factsOf(request, consultations, periods);
        if (request.status() == RequestStatus.CLOSED) {
            Deadline atClosing = periods.deadline(facts, request.closedOn());
            return new Deadline(atClosing.dueOn(), atClosing.provisional(), atClosing.pausedDays(), false,
                    atClosing.workingDaysLeft(), false);
        }
        return periods.deadline(facts, today);
    }

    /** Whether a closed request was closed after its due date. */
    public static boolean late(DisclosureRequest request, Deadline deadline) {
        return request.closedOn() != null && deadline != null && request.closedOn().isAfter(deadline.dueOn());
    }
}
