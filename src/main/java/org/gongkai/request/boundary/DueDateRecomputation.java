package org.gongkai.request.boundary;

import org.gongkai.platform.control.OfficialDates;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.boundary.CalendarChanged;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.entity.DisclosureRequest;

import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When an administrator enters or corrects a year's holiday notice, the due dates of the open
 * requests are computed again with the new calendar (docs/domain.md §3: "the calendar is data"), and
 * each change is recorded in the request's history and shown to its applicant.
 */
@Stateless
@PermitAll
public class DueDateRecomputation {

    private static final Logger LOG = Logger.getLogger(DueDateRecomputation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RequestDeadlines requestDeadlines;

    /** After the calendar's own reload (which runs first), in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCalendarChange(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                                    @Priority(Interceptor.Priority.APPLICATION) CalendarChanged change) {
        try {
            int changed = recompute(change.year());
            LOG.info(() -> "Calendar " + change.year() + " changed: " + changed + " open requests got a new due date");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Due dates not recomputed after the calendar change of " + change.year(), e);
        }
    }

    int recompute(int year) {
        List<DisclosureRequest> open = em.createNamedQuery(DisclosureRequest.OPEN, DisclosureRequest.class)
                .getResultList();
        int changed = 0;
        for (DisclosureRequest request : open) {
            var before = request.dueOn();
            boolean wasProvisional = request.dueProvisional();
            Deadline deadline = requestDeadlines.refreshDueDate(request);
            if (deadline == null || deadline.paused()) {
                continue; // waiting for a corrected application, a third party or a fee: not final anyway
            }
            if ((!Objects.equals(before, deadline.dueOn()) || wasProvisional != deadline.provisional())) {
                changed++;
                audit.record(AuditLog.SYSTEM, request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                        "DUE_DATE_RECOMPUTED", "因" + year + "年节假日安排调整，答复期限由" + OfficialDates.chinese(before)
                                + "重新计算为" + OfficialDates.chinese(deadline.dueOn())
                                + (deadline.provisional() ? "（该年节假日安排尚未公布，日期可能调整）" : "") + "。");
            }
        }
        return changed;
    }
}
