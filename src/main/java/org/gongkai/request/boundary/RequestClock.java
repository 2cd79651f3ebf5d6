package org.gongkai.request.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.control.DueDate;
import org.gongkai.request.control.Clocks;
import org.gongkai.request.control.Deadline;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Today, the working-day calendar as it is now, and the deadlines of stored requests. */
@ApplicationScoped
public class RequestClock {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @PersistenceContext
    EntityManager em;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReplyPeriods periods() {
        return new ReplyPeriods(calendar.snapshot());
    }

    public List<Consultation> consultationsOf(DisclosureRequest request) {
        return em.createNamedQuery(Consultation.OF_REQUEST, Consultation.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    public Deadline deadline(DisclosureRequest request) {
        return deadline(request, consultationsOf(request));
    }

    public Deadline deadline(DisclosureRequest request, List<Consultation> consultations) {
        return Clocks.deadline(request, consultations, periods(), today());
    }

    /** Stores the due date as computed now; returns it. */
    public Deadline refreshDueDate(DisclosureRequest request) {
        Deadline deadline = deadline(request);
        request.dueOn(deadline == null ? null : new DueDate(deadline.dueOn(), deadline.provisional()));
        return deadline;
    }

    public static String chinese(LocalDate date) {
        return date == null ? "" : CHINESE_DATE.format(date);
    }
}
