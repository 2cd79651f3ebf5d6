package org.gongkai.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.platform.entity.FieldCipher;
import org.gongkai.request.control.Identities;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ExtensionState;
import org.gongkai.request.entity.RequestStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organ's queue of requests with their standing computed now: working days left, due soon,
 * overdue; filtered by status, overdue, due date and a search over tracking code, description and
 * applicant. Officers see their own organ's requests only; leaders see the extensions waiting for
 * them, without the applicants' personal data.
 */
@Stateless
public class RequestQueue {

    /** Due within this many working days counts as "due soon". */
    public static final int DUE_SOON = 5;
    static final int MAX_ROWS = 1000;

    /** The queue's filters; null means any. {@code status} null means the open requests. */
    public record Filter(RequestStatus status, Boolean overdue, LocalDate dueBefore, Boolean dueSoon, String q) {
    }

    /** One request with its standing. */
    public record Row(DisclosureRequest request, Deadline deadline) {

        public boolean dueSoon() {
            return deadline != null && !deadline.overdue() && !deadline.paused()
                    && deadline.workingDaysLeft() <= DUE_SOON && request.status().open();
        }
    }

    /** A warning sent to the organ's officers and leaders. */
    public record Warning(String trackingCode, LocalDate dueOn, int daysBefore) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    RequestDeadlines requestDeadlines;

    @RolesAllowed("OFFICER")
    public List<Row> queue(Filter filter) {
        String organ = currentStaff.get().organ().code();
        StringBuilder jpql = new StringBuilder("select r from DisclosureRequest r where r.organCode = :organ");
        if (filter.status() == null) {
            jpql.append(" and r.status <> :closed");
        } else {
            jpql.append(" and r.status = :status");
        }
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
        if (q != null) {
            // the name is stored encrypted (Applicant): found by its keyed hash, whole names only
            jpql.append(" and (r.trackingCode like :code or r.description like :q or r.applicantNameKey = :nameKey")
                    .append(" or r.docNo like :q)");
        }
        jpql.append(" order by r.dueOn, r.id");
        TypedQuery<DisclosureRequest> query = em.createQuery(jpql.toString(), DisclosureRequest.class)
                .setParameter("organ", organ)
                .setMaxResults(MAX_ROWS);
        if (filter.status() == null) {
            query.setParameter("closed", RequestStatus.CLOSED);
        } else {
            query.setParameter("status", filter.status());
        }
        if (q != null) {
            String literal = q.replace("\\", "").replace("%", "").replace("_", "");
            query.setParameter("q", "%" + literal + "%");
            query.setParameter("code", "%" + literal.toUpperCase(Locale.ROOT) + "%");
            query.setParameter("nameKey", Identities.nameKey(FieldCipher.installed(), q));
        }
        return rows(query.getResultList()).stream()
                .filter(row -> filter.overdue() == null || (row.deadline() != null && row.deadline().overdue()) == filter.overdue())
                .filter(row -> filter.dueBefore() == null
                        || (row.deadline() != null && row.deadline().dueOn().isBefore(filter.dueBefore())))
                .filter(row -> filter.dueSoon() == null || row.dueSoon() == filter.dueSoon())
                .sorted(Comparator.comparing((Row row) -> row.deadline() == null ? LocalDate.MAX : row.deadline().dueOn())
                        .thenComparing(row -> row.request().id()))
                .toList();
    }

    /** The extensions of the organ waiting for a leader's decision. */
    @RolesAllowed("LEADER")
    public List<Row> extensionsToDecide() {
        List<DisclosureRequest> requests = em.createQuery("select r from DisclosureRequest r where r.organCode = :organ "
                        + "and r.extensionState = :requested and r.status <> :closed order by r.id", DisclosureRequest.class)
                .setParameter("organ", currentStaff.get().organ().code())
                .setParameter("requested", ExtensionState.REQUESTED)
                .setParameter("closed", RequestStatus.CLOSED)
                .getResultList();
        return rows(requests);
    }

    /** The warnings of the last days about the organ's open requests, newest first. */
    @RolesAllowed({"OFFICER", "LEADER"})
    public List<Warning> warnings() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.tracking_code, w.due_on, w.days_before from request_warning w "
                        + "join disclosure_request r on r.id = w.request_id where r.organ_code = ?1 "
                        + "and r.status <> 'CLOSED' and w.due_on >= ?2 order by w.due_on, r.tracking_code")
                .setParameter(1, currentStaff.get().organ().code())
                .setParameter(2, requestDeadlines.today())
                .setMaxResults(200)
                .getResultList();
        return rows.stream().map(row -> new Warning((String) row[0], toLocalDate(row[1]), ((Number) row[2]).intValue()))
                .toList();
    }

    private List<Row> rows(List<DisclosureRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Consultation>> consultations = em.createNamedQuery(Consultation.OF_REQUESTS, Consultation.class)
                .setParameter("requests", requests.stream().map(DisclosureRequest::id).toList())
                .getResultList().stream()
                .collect(Collectors.groupingBy(Consultation::requestId));
        ReplyPeriods periods = requestDeadlines.periods();
        LocalDate today = requestDeadlines.today();
        List<Row> rows = new ArrayList<>(requests.size());
        for (DisclosureRequest request : requests) {
            rows.add(new Row(request, periods.deadline(request, consultations.getOrDefault(request.id(), List.of()),
                    today)));
        }
        return rows;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
