package org.gongkai.request.boundary;

import org.gongkai.platform.control.OfficialDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.RequestStatus;

import java.time.LocalDate;

/**
 * The corrected application is in (Art. 30 of the OGI Regulations): the reply period starts again
 * from the day it was received. Shared by the applicant's online supplement and the officer's
 * registration of a paper one; runs in the caller's transaction.
 */
@ApplicationScoped
public class Supplements {

    @Inject
    AuditLog audit;

    @Inject
    RequestDeadlines requestDeadlines;

    @Inject
    RequestNotices notices;

    DisclosureRequest received(DisclosureRequest request, String text, LocalDate receivedOn, String actor) {
        if (request.status() == RequestStatus.CLOSED) {
            throw new StateConflictException("request_closed");
        }
        if (request.status() != RequestStatus.AWAITING_SUPPLEMENT) {
            throw new StateConflictException("supplement_not_requested");
        }
        request.restartPeriod(text, receivedOn);
        Deadline deadline = requestDeadlines.refreshDueDate(request);
        String note = "已收到补正后的申请，收到日期为" + OfficialDates.chinese(receivedOn) + "，答复期限重新计算至"
                + OfficialDates.chinese(deadline.dueOn()) + "（《中华人民共和国政府信息公开条例》第三十条）。";
        audit.record(actor, request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                "REQUEST_SUPPLEMENTED", note);
        notices.tell(request, "SUPPLEMENTED", "已收到您补正后的申请", note);
        return request;
    }
}
