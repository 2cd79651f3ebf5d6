package org.gongkai.request.boundary;

import org.gongkai.platform.control.OfficialDates;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.boundary.CalendarChanged;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.platform.control.Failures;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.RequestStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * When an administrator enters or corrects a year's holiday notice, the due dates of the open
 * requests are computed again with the new calendar (the reply period of Art. 33 of the OGI
 * Regulations counts working days, and which days are working days is the State Council's yearly
 * notice, kept as data), and each change is recorded in the request's history and shown to its
 * applicant.
 *
 * <p>Each request is recomputed in a short transaction of its own, under its row lock, and tried
 * again when it meets a conflict (an officer changing the same request at that moment): one conflict
 * never undoes the others, and no lock is held over the whole list. The consultations are read once
 * per chunk of requests, not once per request.
 */
@Stateless
@PermitAll
public class DueDateRecomputation {

    private static final Logger LOG = Logger.getLogger(DueDateRecomputation.class.getName());

    /** Requests whose consultations are read in one query. */
    static final int CHUNK = 500;
    /** Tries per request before it is left to the daily checks. */
    static final int ATTEMPTS = 3;

    /** What one recomputation did. */
    public record Result(int open, int changed, int failed) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RequestDeadlines requestDeadlines;

    @Resource
    SessionContext context;

    /** After the calendar's own reload (which runs first), outside the administrator's transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterCalendarChange(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                                    @Priority(Interceptor.Priority.APPLICATION) CalendarChanged change) {
        try {
            Result result = recompute(change.year());
            LOG.info(() -> "Calendar " + change.year() + " changed: " + result.changed() + " of " + result.open()
                    + " open requests got a new due date" + (result.failed() == 0 ? ""
                    : "; " + result.failed() + " not recomputed now, the daily checks recompute them"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Due dates not recomputed after the calendar change of " + change.year() + ": "
                    + Failures.describe(e));
        }
    }

    /** Recomputes every open request, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result recompute(int year) {
        List<Object[]> open = em.createQuery("select r.id, r.lockVersion from DisclosureRequest r "
                        + "where r.status <> :closed order by r.id", Object[].class)
                .setParameter("closed", RequestStatus.CLOSED)
                .getResultList();
        DueDateRecomputation self = context.getBusinessObject(DueDateRecomputation.class);
        int changed = 0;
        int failed = 0;
        for (int from = 0; from < open.size(); from += CHUNK) {
            List<Object[]> chunk = open.subList(from, Math.min(open.size(), from + CHUNK));
            Map<Long, List<Consultation>> consultations = em.createNamedQuery(Consultation.OF_REQUESTS, Consultation.class)
                    .setParameter("requests", chunk.stream().map(row -> (Long) row[0]).toList())
                    .getResultList().stream()
                    .collect(Collectors.groupingBy(Consultation::requestId));
            for (Object[] row : chunk) {
                long id = (Long) row[0];
                long version = ((Number) row[1]).longValue();
                List<Consultation> known = consultations.getOrDefault(id, List.of());
                for (int attempt = 1; ; attempt++) {
                    try {
                        if (self.recomputeOne(id, version, known, year)) {
                            changed++;
                        }
                        break;
                    } catch (RuntimeException e) {
                        if (attempt >= ATTEMPTS) {
                            failed++;
                            LOG.log(Level.WARNING, "Due date of request " + id + " not recomputed after " + attempt
                                    + " attempts: " + Failures.describe(e));
                            break;
                        }
                        version = -1; // re-read the request's consultations in the next attempt
                        pause(attempt);
                    }
                }
            }
        }
        return new Result(open.size(), changed, failed);
    }

    /**
     * One request, under its row lock: its due date with the calendar as it is now. The consultations
     * read for the chunk are used when the request has not changed since ({@code version} still
     * current); otherwise they are read again.
     *
     * @return whether the due date changed (and was recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recomputeOne(long id, long version, List<Consultation> consultations, int year) {
        DisclosureRequest request = em.find(DisclosureRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.status() == RequestStatus.CLOSED) {
            return false;
        }
        boolean unchanged = !em.createQuery("select r.id from DisclosureRequest r where r.id = :id "
                        + "and r.lockVersion = :version", Long.class)
                .setParameter("id", id)
                .setParameter("version", version)
                .getResultList().isEmpty();
        List<Consultation> current = unchanged ? consultations : requestDeadlines.consultationsOf(request);
        var before = request.dueOn();
        boolean wasProvisional = request.dueProvisional();
        Deadline deadline = requestDeadlines.deadline(request, current);
        request.dueOn(deadline == null ? null : new DueDate(deadline.dueOn(), deadline.provisional()));
        if (deadline == null || deadline.paused()) {
            return false; // waiting for a corrected application, a third party or a fee: not final anyway
        }
        if (Objects.equals(before, deadline.dueOn()) && wasProvisional == deadline.provisional()) {
            return false;
        }
        audit.record(AuditLog.SYSTEM, request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                "DUE_DATE_RECOMPUTED", "因" + year + "年节假日安排调整，答复期限由" + OfficialDates.chinese(before)
                        + "重新计算为" + OfficialDates.chinese(deadline.dueOn())
                        + (deadline.provisional() ? "（该年节假日安排尚未公布，日期可能调整）" : "") + "。");
        return true;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
