package org.gongkai.request.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of stored requests: today by the portal's one clock, the working-day calendar as it
 * is now, and the reply period's rule ({@link ReplyPeriods}) applied to the request's facts.
 */
@ApplicationScoped
public class RequestDeadlines {

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
        return periods().deadline(request, consultations, today());
    }

    /** Stores the due date as computed now; returns it. */
    public Deadline refreshDueDate(DisclosureRequest request) {
        Deadline deadline = deadline(request);
        request.dueOn(deadline == null ? null : new DueDate(deadline.dueOn(), deadline.provisional()));
        return deadline;
    }
}
