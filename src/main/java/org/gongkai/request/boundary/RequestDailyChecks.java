package org.gongkai.request.boundary;

import org.gongkai.platform.control.OfficialDates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.platform.control.Failures;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;
import org.gongkai.request.entity.RequestStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What has to happen every day on its own: requests whose supplementation deadline (Art. 30) or
 * fee payment period passed are closed as abandoned, and the organ's officers and leaders are
 * warned 5 and 1 working days before a due date. Each request is handled in a transaction of its
 * own; running twice on a day changes nothing more.
 */
@Stateless
@PermitAll
public class RequestDailyChecks {

    private static final Logger LOG = Logger.getLogger(RequestDailyChecks.class.getName());

    /** What one run did. */
    public record Summary(int abandoned, int warnings) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    RequestDeadlines requestDeadlines;

    @Inject
    RequestNotices notices;

    @Resource
    SessionContext context;

    /** Checks the open requests of one organ, or of all when {@code organ} is null. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Summary run(String organ) {
        var query = em.createQuery("select r.id from DisclosureRequest r where r.status <> :closed"
                        + (organ == null ? "" : " and r.organCode = :organ") + " order by r.id", Long.class)
                .setParameter("closed", RequestStatus.CLOSED);
        if (organ != null) {
            query.setParameter("organ", organ);
        }
        List<Long> ids = query.getResultList();
        RequestDailyChecks self = context.getBusinessObject(RequestDailyChecks.class);
        int abandoned = 0;
        int warnings = 0;
        for (Long id : ids) {
            try {
                String done = self.check(id);
                if ("ABANDONED".equals(done)) {
                    abandoned++;
                } else if ("WARNED".equals(done)) {
                    warnings++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Daily check of request " + id + " failed; it is checked again next time: "
                        + Failures.describe(e));
            }
        }
        return new Summary(abandoned, warnings);
    }

    /** Closes one request as abandoned or warns about it, as due today; what it did, or null. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String check(long id) {
        DisclosureRequest request = em.find(DisclosureRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        LocalDate today = LocalDate.now(clock);
        ReplyPeriods periods = requestDeadlines.periods();
        if (request.status() == RequestStatus.AWAITING_SUPPLEMENT && today.isAfter(request.supplementationDeadline())) {
            // Art. 30 of the OGI Regulations: no correction by the deadline without good reason: deemed abandoned.
            abandon(request, OutcomeReason.SUPPLEMENT_OVERDUE, today, "您未在补正期限（"
                    + OfficialDates.chinese(request.supplementationDeadline()) + "）内补正申请，视为放弃申请，本机关不再处理"
                    + "（《中华人民共和国政府信息公开条例》第三十条）。");
            return "ABANDONED";
        }
        if (request.status() == RequestStatus.AWAITING_FEE && request.feePaidOn() == null
                && today.isAfter(periods.feePaymentDue(request.feeNoticedOn()))) {
            // 国办函〔2020〕109号: a fee unpaid 20 working days after the notice: deemed abandoned.
            abandon(request, OutcomeReason.FEE_UNPAID, today, "您未在收费通知规定的期限（"
                    + OfficialDates.chinese(periods.feePaymentDue(request.feeNoticedOn()))
                    + "）内缴纳信息处理费，视为放弃申请，本机关不再处理。");
            return "ABANDONED";
        }
        // The stored due date is the queue's filter and order: kept as computed today, so that a pause
        // that grew or ended by itself (a consultation past its 15 working days, Art. 32) is counted.
        // It is derived from the recorded facts, not a new fact, so it leaves no history of its own.
        Deadline deadline = requestDeadlines.refreshDueDate(request);
        if (deadline == null || deadline.paused()) {
            return null;
        }
        Integer threshold = periods.warningThreshold(deadline.dueOn(), today);
        if (threshold == null) {
            return null;
        }
        int inserted = em.createNativeQuery("insert into request_warning (request_id, due_on, days_before, created_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, request.id())
                .setParameter(2, deadline.dueOn())
                .setParameter(3, threshold)
                .setParameter(4, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            return null;
        }
        List<String> recipients = em.createQuery("select distinct u.username from StaffUser u join u.roles r "
                        + "where u.organ.code = :organ and u.enabled = true and r in :roles order by u.username", String.class)
                .setParameter("organ", request.organCode())
                .setParameter("roles", List.of(org.gongkai.account.entity.Role.OFFICER, org.gongkai.account.entity.Role.LEADER))
                .getResultList();
        audit.record(AuditLog.SYSTEM, request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                "DUE_DATE_WARNING", "距答复期限（" + OfficialDates.chinese(deadline.dueOn()) + "）还有"
                        + deadline.workingDaysLeft() + "个工作日（提前" + threshold + "个工作日提醒），已提醒："
                        + String.join("、", recipients));
        return "WARNED";
    }

    private void abandon(DisclosureRequest request, OutcomeReason reason, LocalDate today, String note) {
        request.close(Outcome.OTHER, reason, today);
        audit.record(AuditLog.SYSTEM, request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                "REQUEST_ABANDONED", note);
        notices.tell(request, "ABANDONED", "您的政府信息公开申请已终止办理", note);
    }
}
