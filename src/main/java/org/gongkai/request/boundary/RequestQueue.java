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
import java.util.HashMap;
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
    /** The most rows one page of the queue holds. */
    public static final int MAX_PAGE_SIZE = 500;

    /** The queue's filters; null means any. {@code status} null means the open requests. */
    public record Filter(RequestStatus status, Boolean overdue, LocalDate dueBefore, Boolean dueSoon, String q) {
    }

    /** One page of the queue, and how many requests match the filter in all. */
    public record Page(List<Row> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** One request with its standing. */
    public record Row(DisclosureRequest request, Deadline deadline) {

        public boolean dueSoon() {
            return deadline != null && !deadline.overdue() && !deadline.paused()
                    && deadline.workingDaysLeft() <= DUE_SOON && request.status().open();
        }
    }

    /**
     * A line of the reminder box: a warning sent to the organ's officers and leaders
     * ({@code daysBefore} working days ahead), or an open request already past its due date
     * ({@code daysOverdue} working days, then {@code daysBefore} is 0).
     */
    public record Warning(String trackingCode, LocalDate dueOn, int daysBefore, int daysOverdue) {

        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    RequestDeadlines requestDeadlines;

    /**
     * One page of the queue: every filter is applied by the database before paging, so a filter
     * never misses a request that lies beyond a page or a cap.
     *
     * @param page 1 for the first page
     * @param size rows per page, 1 to {@link #MAX_PAGE_SIZE}
     */
    @RolesAllowed("OFFICER")
    public Page queue(Filter filter, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
        LocalDate today = requestDeadlines.today();
        ReplyPeriods periods = requestDeadlines.periods();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, currentStaff.get().organ().code(), today, periods, parameters);
        TypedQuery<Long> count = em.createQuery("select count(r) from DisclosureRequest r where " + where, Long.class);
        // The stored due date (kept as last computed, refreshed each day by the daily checks) orders the
        // queue; the database puts requests without one (waiting for a correction) last.
        TypedQuery<DisclosureRequest> rows = em.createQuery("select r from DisclosureRequest r where " + where
                        + " order by r.dueOn, r.id", DisclosureRequest.class)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new Page(rows(rows.getResultList()), count.getSingleResult(), page, size);
    }

    /** How many of the organ's requests match the filter. */
    @RolesAllowed("OFFICER")
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, currentStaff.get().organ().code(), requestDeadlines.today(), requestDeadlines.periods(),
                parameters);
        TypedQuery<Long> count = em.createQuery("select count(r) from DisclosureRequest r where " + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The filters as a JPQL condition. Overdue (Art. 33 of the OGI Regulations: 20 working days, plus an
     * approved extension, the paused days not counted) means: open, stored due date before today and
     * the clock not paused now, i.e. no third-party consultation running within its 15 working days
     * (Art. 32) and no fee noticed and unpaid (国办函〔2020〕109号) — the same facts
     * {@code ReplyPeriods.deadline} counts.
     */
    private static String where(Filter filter, String organ, LocalDate today, ReplyPeriods periods,
                                Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("r.organCode = :organ");
        parameters.put("organ", organ);
        if (filter.status() == null) {
            where.append(" and r.status <> :closed");
        } else {
            where.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        parameters.put("closed", RequestStatus.CLOSED);
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
        if (q != null) {
            // the name is stored encrypted (Applicant): found by its keyed hash, whole names only
            where.append(" and (r.trackingCode like :code or r.description like :q or r.applicantNameKey = :nameKey")
                    .append(" or r.docNo like :q)");
            String literal = q.replace("\\", "").replace("%", "").replace("_", "");
            parameters.put("q", "%" + literal + "%");
            parameters.put("code", "%" + literal.toUpperCase(Locale.ROOT) + "%");
            parameters.put("nameKey", Identities.nameKey(FieldCipher.installed(), q));
        }
        String pausedNow = "(exists (select c.id from Consultation c where c.requestId = r.id and c.answeredOn is null"
                + " and c.sentOn >= :consultationRunningSince) or (r.feeNoticedOn is not null and r.feePaidOn is null))";
        boolean needsPause = filter.overdue() != null || filter.dueSoon() != null;
        if (needsPause) {
            parameters.put("consultationRunningSince", consultationRunningSince(periods, today));
            parameters.put("today", today);
        }
        String overdue = "(r.status <> :closed and r.dueOn < :today and not " + pausedNow + ")";
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" and ").append(overdue);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.append(" and not (r.dueOn is not null and ").append(overdue).append(")");
        }
        if (filter.dueBefore() != null) {
            where.append(" and r.dueOn < :dueBefore");
            parameters.put("dueBefore", filter.dueBefore());
        }
        if (filter.dueSoon() != null) {
            String soon = "(r.status <> :closed and r.dueOn >= :today and r.dueOn <= :soonUntil and not " + pausedNow + ")";
            parameters.put("soonUntil", dueSoonUntil(periods, today));
            where.append(filter.dueSoon() ? " and " + soon : " and not (r.dueOn is not null and " + soon + ")");
        }
        // only the parameters the condition names may be set
        parameters.keySet().removeIf(name -> !java.util.regex.Pattern.compile(":" + name + "\\b").matcher(where).find());
        return where.toString();
    }

    /** The earliest sending day of a consultation whose 15 working days (Art. 32) still run today. */
    static LocalDate consultationRunningSince(ReplyPeriods periods, LocalDate today) {
        LocalDate since = today;
        while (!periods.consultationAnswerDue(since.minusDays(1)).isBefore(today)) {
            since = since.minusDays(1);
        }
        return since;
    }

    /** The last due date that is still "due soon" today: at most {@link #DUE_SOON} working days left. */
    static LocalDate dueSoonUntil(ReplyPeriods periods, LocalDate today) {
        LocalDate until = today;
        while (periods.workingDaysBetween(today, until.plusDays(1)) <= DUE_SOON) {
            until = until.plusDays(1);
        }
        return until;
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

    /**
     * The reminder box: first the organ's open requests past their due date (Art. 33 of the OGI
     * Regulations), the longest overdue first, then the warnings of the last days about requests
     * still to fall due, the earliest due first.
     */
    @RolesAllowed({"OFFICER", "LEADER"})
    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(new Filter(null, Boolean.TRUE, null, null, null), currentStaff.get().organ().code(),
                requestDeadlines.today(), requestDeadlines.periods(), parameters);
        TypedQuery<DisclosureRequest> overdue = em.createQuery("select r from DisclosureRequest r where " + where
                + " order by r.dueOn, r.id", DisclosureRequest.class).setMaxResults(100);
        parameters.forEach(overdue::setParameter);
        for (Row row : rows(overdue.getResultList())) {
            if (row.deadline() != null && row.deadline().overdue()) {
                warnings.add(new Warning(row.request().trackingCode(), row.deadline().dueOn(), 0,
                        Math.max(1, -row.deadline().workingDaysLeft())));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.tracking_code, w.due_on, w.days_before from request_warning w "
                        + "join disclosure_request r on r.id = w.request_id where r.organ_code = ?1 "
                        + "and r.status <> 'CLOSED' and w.due_on >= ?2 order by w.due_on, r.tracking_code")
                .setParameter(1, currentStaff.get().organ().code())
                .setParameter(2, requestDeadlines.today())
                .setMaxResults(200)
                .getResultList();
        rows.stream().map(row -> new Warning((String) row[0], toLocalDate(row[1]), ((Number) row[2]).intValue(), 0))
                .forEach(warnings::add);
        return warnings;
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
