package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.platform.boundary.MailOutbox;
import org.gongkai.platform.boundary.MailSettings;
import org.gongkai.request.entity.DisclosureRequest;

/**
 * E-mail notices to applicants who gave an address: queued in the platform's outbox in the
 * transaction of the step they tell about (so a step and its notice commit together), sent after
 * the commit and retried while the SMTP server refuses. The outbox's logs name the notice and the
 * request, never the address.
 */
@Stateless
@PermitAll
public class RequestNotices {

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings mail;

    /** Queues a notice for the applicant, if e-mail is on and they gave an address. */
    public void tell(DisclosureRequest request, String kind, String subject, String body) {
        String text = body + "\n\n申请编号：" + request.trackingCode() + "\n查询办理进度请访问" + mail.trackingPage()
                + "，输入申请编号和查询码。\n\n本邮件由系统自动发送，请勿直接回复。";
        outbox.queue(request.applicant().email(), "【政府信息公开】" + subject, text, RequestHandling.ITEM_TYPE,
                Long.toString(request.id()), kind);
    }
}
