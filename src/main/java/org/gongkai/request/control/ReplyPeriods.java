package org.gongkai.request.control;

import org.gongkai.calendar.entity.Deadline;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.RequestStatus;
import org.gongkai.calendar.control.WorkingDayCalculator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The statutory periods of a request, in working days (Art. 33 of the OGI Regulations; the counting rule is the portal's decision): a period of N working days
 * starts the day after its start event and ends on the N-th working day after it.
 * <ul>
 * <li>reply within 20 working days of receipt (Art. 33 of the OGI Regulations);</li>
 * <li>one extension of at most 20 working days (Art. 33);</li>
 * <li>a supplementation notice within 7 working days of receipt; the period restarts on the
 *     receipt of the corrected application (Art. 30);</li>
 * <li>a third party has 15 working days to answer a consultation (Art. 32) and the time consulted
 *     does not count (Art. 33);</li>
 * <li>a fee is paid within 20 working days of its notice, and the clock waits meanwhile
 *     (国办函〔2020〕109号).</li>
 * </ul>
 * Pure: give it the calendar as it is (a snapshot) and the facts of one request.
 */
public final class ReplyPeriods {

    /** Art. 33 of the OGI Regulations. */
    public static final int REPLY_WORKING_DAYS = 20;
    /** Art. 33: once, at most 20 working days. */
    public static final int MAX_EXTENSION = 20;
    /** Art. 30: the supplementation notice within 7 working days of receipt. */
    public static final int SUPPLEMENTATION_NOTICE_DAYS = 7;
    /** Art. 32: the third party answers within 15 working days. */
    public static final int CONSULTATION_ANSWER_DAYS = 15;
    /** 国办函〔2020〕109号: pay within 20 working days of the fee notice, else the request is abandoned. */
    public static final int FEE_PAYMENT_DAYS = 20;
    /** Officers (and their leader) are warned this many working days before a due date. */
    public static final List<Integer> WARNING_THRESHOLDS = List.of(5, 1);

    private final WorkingDayCalculator calendar;

    public ReplyPeriods(WorkingDayCalculator calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The due date and standing of a running reply period on {@code today}: 20 working days after
     * the period's start, plus the approved extension, plus every working day after the start on
     * which a consultation or an unpaid fee held the clock (days of overlapping pauses count once;
     * an ongoing pause counts up to today, a consultation no further than its answer deadline).
     */
    public Deadline deadline(PeriodFacts facts, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Set<LocalDate> pausedDays = new HashSet<>();
        boolean pausedNow = false;
        for (Pause pause : facts.pauses()) {
            LocalDate end = pause.ongoing() ? today : pause.until();
            if (pause.cap() != null && end.isAfter(pause.cap())) {
                end = pause.cap();
            }
            pausedNow |= pause.ongoing() && (pause.cap() == null || !today.isAfter(pause.cap()));
            LocalDate first = pause.from().isBefore(facts.periodStart()) ? facts.periodStart() : pause.from();
            for (LocalDate day = first.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    pausedDays.add(day);
                }
            }
        }
        DueDate due = calendar.dueDate(facts.periodStart(),
                REPLY_WORKING_DAYS + facts.extensionDays() + pausedDays.size());
        int left = calendar.workingDaysBetween(today, due.due());
        return Deadline.running(due, left, today, pausedDays.size(), pausedNow);
    }

    /**
     * The facts of a stored request as the reply clock sees them (Art. 33): the working days a
     * third-party consultation takes do not count (Art. 32 gives the third party 15 working days),
     * nor the wait for a fee (国办函〔2020〕109号); after a correction notice the period starts again
     * from the corrected application (Art. 30), which {@link DisclosureRequest#restartPeriod} records.
     */
    public PeriodFacts factsOf(DisclosureRequest request, List<Consultation> consultations) {
        List<Pause> pauses = new ArrayList<>();
        for (Consultation consultation : consultations) {
            pauses.add(new Pause(consultation.sentOn(), consultation.answeredOn(),
                    consultationAnswerDue(consultation.sentOn())));
        }
        if (request.feeNoticedOn() != null) {
            pauses.add(Pause.of(request.feeNoticedOn(), request.feePaidOn() != null ? request.feePaidOn()
                    : request.status() == RequestStatus.CLOSED ? request.closedOn() : null));
        }
        return new PeriodFacts(request.receivedOn(), pauses, request.approvedExtensionDays());
    }

    /**
     * The standing of a stored request on {@code today}; none while it waits for the corrected
     * application (the period has not started again, Art. 30). A closed request is measured on the
     * day it was closed and is never overdue; {@link #late(DisclosureRequest, Deadline)} tells whether
     * it was answered late.
     */
    public Deadline deadline(DisclosureRequest request, List<Consultation> consultations, LocalDate today) {
        if (request.status() == RequestStatus.AWAITING_SUPPLEMENT
                || (request.supplementationSentOn() != null && request.supplementedOn() == null)) {
            return null; // no running period: waiting for the correction, or closed without it
        }
        PeriodFacts facts = factsOf(request, consultations);
        if (request.status() == RequestStatus.CLOSED) {
            Deadline atClosing = deadline(facts, request.closedOn());
            return new Deadline(atClosing.dueOn(), atClosing.provisional(), atClosing.workingDaysLeft(), false, false,
                    atClosing.pausedDays(), false);
        }
        return deadline(facts, today);
    }

    /** Whether a closed request was closed after its due date. */
    public static boolean late(DisclosureRequest request, Deadline deadline) {
        return request.closedOn() != null && deadline != null && request.closedOn().isAfter(deadline.dueOn());
    }

    /** The last day on which the supplementation notice may be sent (Art. 30). */
    public LocalDate supplementationNoticeLatest(LocalDate receivedOn) {
        return calendar.dueDate(receivedOn, SUPPLEMENTATION_NOTICE_DAYS).due();
    }

    /** The last day for the third party's answer (Art. 32). */
    public LocalDate consultationAnswerDue(LocalDate sentOn) {
        return calendar.dueDate(sentOn, CONSULTATION_ANSWER_DAYS).due();
    }

    /** The last day to pay a fee noticed on {@code noticedOn}. */
    public LocalDate feePaymentDue(LocalDate noticedOn) {
        return calendar.dueDate(noticedOn, FEE_PAYMENT_DAYS).due();
    }

    /**
     * The receipt date of an application handed in online on {@code submittedOn}: that day if it is a
     * working day, else the next working day (Art. 31; the portal's decision for online filing).
     */
    public LocalDate onlineReceipt(LocalDate submittedOn) {
        return calendar.nextWorkingDayOnOrAfter(submittedOn);
    }

    /**
     * Which warning is due on {@code today} for a due date: the 5-day one while 2 to 5 working days
     * are left, the 1-day one while 1 or 0 are left; none otherwise (or when overdue).
     */
    public Integer warningThreshold(LocalDate dueOn, LocalDate today) {
        int left = calendar.workingDaysBetween(today, dueOn);
        if (left < 0) {
            return null;
        }
        for (int i = WARNING_THRESHOLDS.size() - 1; i >= 0; i--) {
            if (left <= WARNING_THRESHOLDS.get(i)) {
                return WARNING_THRESHOLDS.get(i);
            }
        }
        return null;
    }

    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return calendar.workingDaysBetween(a, b);
    }
}
