package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts over the requests for the annual report (Art. 50 of the OGI Regulations; table 三 of
 * 国办公开办函〔2021〕30号) and the statistics of the running year. Every count is aggregated by
 * the database (GROUP BY): no request is loaded. An organ code of null means all organs (the
 * whole government). Callers (the report feature) scope the organ to the caller's own.
 */
@Stateless
public class RequestStatistics {

    /** Where a request enters the year's table: 一 (NEW), 二 (CARRIED), or nowhere (null). */
    public static final String NEW = "NEW";
    public static final String CARRIED = "CARRIED";
    /** Where it leaves: 三 (CLOSED, with its row), 四 (NEXT), or nowhere (null). */
    public static final String CLOSED = "CLOSED";
    public static final String NEXT = "NEXT";
    /** The row of a closed request whose outcome and reason fit no row of the table. */
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    /**
     * One aggregate cell group: how many requests entered the year as {@code intake}, left it as
     * {@code disposal}, were counted in the outcome {@code row} (the name of the 2021 table's row:
     * {@code GRANTED}, {@code PARTLY_GRANTED}, or a reason's name such as {@code STATE_SECRET};
     * null if not closed in the year; {@link #UNCLASSIFIED} if no row fits) under the applicant
     * {@code column} ({@code NATURAL_PERSON} or the legal person's category). {@code outcome} and
     * {@code reason} are the stored ones, to find the requests behind a cell.
     */
    public record AnnualTally(String intake, String disposal, String row, String column, String outcome,
                              String reason, long count) {
    }

    /** A request behind a cell, for the reconciliation's list of mismatches (no personal data). */
    public record TalliedRequest(String trackingCode, String organCode, String status, LocalDate firstReceivedOn,
                                 LocalDate closedOn, String outcome, String reason) {
    }

    /** A count per month (1–12) and key. */
    public record MonthCount(int month, String key, long count) {
    }

    /** The replies of a year: on time and late per month, and the average working days to reply. */
    public record ReplyTimes(List<MonthCount> onTimeAndLate, double averageWorkingDays, long replies) {
    }

    /** Fees of the year: notices, payments and the amount paid in yuan. */
    public record FeeFigures(long noticed, long paid, BigDecimal amountPaid) {
    }

    /** What the public may see of a year: received, answered, answered on time. No personal data. */
    public record PublicFigures(int year, long received, long answered, long answeredOnTime) {
    }

    private static final String CLASSIFIED = """
            select case when r.first_received_on between ?1 and ?2 then 'NEW'
                        when r.first_received_on < ?1 and (r.status <> 'CLOSED' or r.closed_on is null or r.closed_on >= ?1)
                            then 'CARRIED' end as intake,
                   case when r.status = 'CLOSED' and r.closed_on between ?1 and ?2 then 'CLOSED'
                        when r.first_received_on <= ?2 and (r.status <> 'CLOSED' or r.closed_on > ?2) then 'NEXT'
                   end as disposal,
                   case when r.status = 'CLOSED' then r.outcome end as outcome,
                   case when r.status = 'CLOSED' then r.outcome_reason end as reason,
                   case when r.applicant_type = 'NATURAL_PERSON' then 'NATURAL_PERSON'
                        else coalesce(r.applicant_category, 'UNKNOWN') end as applicant_column,
                   r.tracking_code, r.organ_code, r.status, r.first_received_on, r.closed_on
              from disclosure_request r
             where ((r.first_received_on <= ?2 and (r.status <> 'CLOSED' or r.closed_on is null or r.closed_on >= ?1))
                    or r.closed_on between ?1 and ?2)
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    /**
     * The year's requests counted by where they entered and left the year, outcome row and applicant
     * column. A request still open when this runs counts as carried into next year (NEXT).
     */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public List<AnnualTally> annualTally(int year, String organCode) {
        Query query = em.createNativeQuery("select intake, disposal, outcome, reason, applicant_column, count(*) from ("
                + CLASSIFIED + organ(organCode) + ") t group by 1, 2, 3, 4, 5");
        bind(query, year, organCode);
        List<AnnualTally> tally = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            String disposal = (String) cells[1];
            String outcome = (String) cells[2];
            String reason = (String) cells[3];
            tally.add(new AnnualTally((String) cells[0], disposal, CLOSED.equals(disposal) ? reportRow(outcome, reason) : null,
                    (String) cells[4], outcome, reason, ((Number) cells[5]).longValue()));
        }
        return tally;
    }

    /** The requests behind one aggregate group of {@link #annualTally}, at most {@code limit}. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public List<TalliedRequest> behind(int year, String organCode, AnnualTally group, int limit) {
        Query query = em.createNativeQuery("select tracking_code, organ_code, status, first_received_on, closed_on, outcome, reason"
                + " from (" + CLASSIFIED + organ(organCode) + ") t"
                + " where intake is not distinct from cast(?4 as varchar) and disposal is not distinct from cast(?5 as varchar)"
                + " and outcome is not distinct from cast(?6 as varchar) and reason is not distinct from cast(?7 as varchar)"
                + " and applicant_column = ?8 order by tracking_code limit " + Math.max(1, Math.min(limit, 1000)));
        bind(query, year, organCode);
        query.setParameter(4, group.intake()).setParameter(5, group.disposal()).setParameter(6, group.outcome())
                .setParameter(7, group.reason()).setParameter(8, group.column());
        List<TalliedRequest> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            found.add(new TalliedRequest((String) cells[0], (String) cells[1], (String) cells[2], date(cells[3]),
                    date(cells[4]), (String) cells[5], (String) cells[6]));
        }
        return found;
    }

    /**
     * The row of the 2021 table a closed request is counted in: 已经主动公开 as 予以公开, 非本机关负责公开
     * as 无法提供 / 本机关不掌握相关政府信息 ({@link Outcome#reportedAs}), a partial grant as 部分公开
     * whatever the withheld part's reason, the other outcomes by their reason; {@link #UNCLASSIFIED}
     * when the stored outcome and reason fit no row.
     */
    static String reportRow(String outcome, String reason) {
        Outcome stored;
        OutcomeReason given;
        try {
            stored = Outcome.valueOf(outcome);
            given = reason == null ? null : OutcomeReason.valueOf(reason);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UNCLASSIFIED;
        }
        Outcome reported = stored.reportedAs();
        if (reported == Outcome.GRANTED || reported == Outcome.PARTLY_GRANTED) {
            return reported.name();
        }
        OutcomeReason counted = stored.reportedReason(given);
        return counted != null && counted.outcome() == reported ? counted.name() : UNCLASSIFIED;
    }

    /** Whether a request with this tracking code belongs to the organ. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public boolean isRequestOf(String trackingCode, String organCode) {
        return !em.createNativeQuery("select 1 from disclosure_request where tracking_code = ?1 and organ_code = ?2")
                .setParameter(1, trackingCode).setParameter(2, organCode).getResultList().isEmpty();
    }

    /** Requests received per month of the year, by channel (ONLINE, IN_PERSON, MAIL, FAX). */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public List<MonthCount> receivedByChannel(int year, String organCode) {
        return monthCounts("select cast(extract(month from r.first_received_on) as int), r.channel, count(*)"
                + " from disclosure_request r where r.first_received_on between ?1 and ?2" + organ(organCode)
                + " group by 1, 2", year, organCode);
    }

    /** Requests closed per month of the year, by the row of the annual report they are counted in. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public List<MonthCount> closedByOutcome(int year, String organCode) {
        List<MonthCount> raw = monthCounts("select cast(extract(month from r.closed_on) as int),"
                + " r.outcome || '/' || coalesce(r.outcome_reason, ''), count(*)"
                + " from disclosure_request r where r.status = 'CLOSED' and r.closed_on between ?1 and ?2" + organ(organCode)
                + " group by 1, 2", year, organCode);
        List<MonthCount> counted = new ArrayList<>();
        for (MonthCount count : raw) {
            String[] parts = count.key().split("/", -1);
            String row = reportRow(parts[0], parts[1].isEmpty() ? null : parts[1]);
            String outcome = row.equals(UNCLASSIFIED) ? row : rowOutcome(row);
            counted.add(new MonthCount(count.month(), outcome, count.count()));
        }
        return counted;
    }

    private static String rowOutcome(String row) {
        try {
            return OutcomeReason.valueOf(row).outcome().name();
        } catch (IllegalArgumentException e) {
            return row;
        }
    }

    /**
     * Replies of the year, on time (closed on or before the due date as last computed, which counts
     * extensions and paused days; a request closed with no running period is on time) and late, per
     * month; the average working days from receipt (of the corrected application) to the reply,
     * counted on the working-day calendar over each distinct pair of dates.
     */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public ReplyTimes replyTimes(int year, String organCode) {
        List<MonthCount> timing = monthCounts("select cast(extract(month from r.closed_on) as int),"
                + " case when r.due_on is null or r.closed_on <= r.due_on then 'ON_TIME' else 'LATE' end, count(*)"
                + " from disclosure_request r where r.status = 'CLOSED' and r.closed_on between ?1 and ?2" + organ(organCode)
                + " group by 1, 2", year, organCode);
        Query pairs = em.createNativeQuery("select r.received_on, r.closed_on, count(*) from disclosure_request r"
                + " where r.status = 'CLOSED' and r.closed_on between ?1 and ?2" + organ(organCode) + " group by 1, 2");
        bind(pairs, year, organCode);
        WorkingDayCalculator days = calendar.snapshot();
        long replies = 0;
        long total = 0;
        for (Object row : pairs.getResultList()) {
            Object[] cells = (Object[]) row;
            long n = ((Number) cells[2]).longValue();
            LocalDate received = date(cells[0]);
            LocalDate closed = date(cells[1]);
            total += n * Math.max(0, days.workingDaysBetween(received, closed));
            replies += n;
        }
        return new ReplyTimes(timing, replies == 0 ? 0 : (double) total / replies, replies);
    }

    /** Extensions approved (by month requested) and third-party consultations (by month sent). */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public List<MonthCount> extensionsAndConsultations(int year, String organCode) {
        List<MonthCount> counts = new ArrayList<>(monthCounts("select cast(extract(month from r.extension_requested_on) as int),"
                + " 'EXTENSION', count(*) from disclosure_request r where r.extension_state = 'APPROVED'"
                + " and r.extension_requested_on between ?1 and ?2" + organ(organCode) + " group by 1, 2", year, organCode));
        counts.addAll(monthCounts("select cast(extract(month from c.sent_on) as int), 'CONSULTATION', count(*)"
                + " from request_consultation c join disclosure_request r on r.id = c.request_id"
                + " where c.sent_on between ?1 and ?2" + organ(organCode) + " group by 1, 2", year, organCode));
        return counts;
    }

    /** Fee notices and payments of the year (国办函〔2020〕109号). */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public FeeFigures fees(int year, String organCode) {
        Query query = em.createNativeQuery("select count(*) filter (where r.fee_noticed_on between ?1 and ?2),"
                + " count(*) filter (where r.fee_paid_on between ?1 and ?2),"
                + " coalesce(sum(r.fee_amount) filter (where r.fee_paid_on between ?1 and ?2), 0)"
                + " from disclosure_request r where r.fee_noticed_on is not null"
                + " and (r.fee_noticed_on between ?1 and ?2 or r.fee_paid_on between ?1 and ?2)" + organ(organCode));
        bind(query, year, organCode);
        Object[] cells = (Object[]) query.getSingleResult();
        return new FeeFigures(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue(),
                new BigDecimal(cells[2].toString()));
    }

    /** The public figures of a year: requests received, answered, answered on time. */
    @PermitAll
    public PublicFigures publicFigures(int year, String organCode) {
        Query query = em.createNativeQuery("select count(*) filter (where r.first_received_on between ?1 and ?2),"
                + " count(*) filter (where r.status = 'CLOSED' and r.closed_on between ?1 and ?2),"
                + " count(*) filter (where r.status = 'CLOSED' and r.closed_on between ?1 and ?2"
                + " and (r.due_on is null or r.closed_on <= r.due_on))"
                + " from disclosure_request r where (r.first_received_on between ?1 and ?2 or r.closed_on between ?1 and ?2)"
                + organ(organCode));
        bind(query, year, organCode);
        Object[] cells = (Object[]) query.getSingleResult();
        return new PublicFigures(year, ((Number) cells[0]).longValue(), ((Number) cells[1]).longValue(),
                ((Number) cells[2]).longValue());
    }

    private List<MonthCount> monthCounts(String sql, int year, String organCode) {
        Query query = em.createNativeQuery(sql);
        bind(query, year, organCode);
        List<MonthCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.add(new MonthCount(((Number) cells[0]).intValue(), (String) cells[1], ((Number) cells[2]).longValue()));
        }
        return counts;
    }

    private static String organ(String organCode) {
        return organCode == null ? "" : " and r.organ_code = ?3";
    }

    private static void bind(Query query, int year, String organCode) {
        query.setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31));
        if (organCode != null) {
            query.setParameter(3, organCode);
        }
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
