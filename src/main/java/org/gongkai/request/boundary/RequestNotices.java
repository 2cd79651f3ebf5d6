package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.platform.control.Failures;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.RequestNotice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mail notices to applicants who gave an address: written in the transaction of the step they
 * tell about (so a step and its notice commit together), sent after the commit and retried with
 * growing pauses while the SMTP server refuses. Logs name the notice and the request's tracking
 * code, never the address.
 */
@Stateless
@PermitAll
public class RequestNotices {

    private static final Logger LOG = Logger.getLogger(RequestNotices.class.getName());
    static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings mail;

    @Inject
    Event<NoticeQueued> queued;

    /** Keeps a notice for the applicant, if e-mail is on and they gave an address. */
    public void tell(DisclosureRequest request, String kind, String subject, String body) {
        if (!mail.enabled() || request.applicant().email() == null || request.applicant().email().isBlank()) {
            return;
        }
        String text = body + "\n\n申请编号：" + request.trackingCode() + "\n查询办理进度请访问" + mail.trackingPage()
                + "，输入申请编号和查询码。\n\n本邮件由系统自动发送，请勿直接回复。";
        RequestNotice notice = new RequestNotice(request.id(), kind, "【政府信息公开】" + subject, text, clock.instant());
        em.persist(notice);
        em.flush();
        queued.fire(new NoticeQueued(notice.id()));
    }

    /** Sends the notices that are due (a batch at a time), each marked as sent or retried; returns how many were handled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendPending() {
        if (!mail.enabled()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from request_notice where sent_at is null "
                        + "and next_attempt_at <= ?1 order by id limit " + BATCH + " for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(clock.instant()))
                .getResultList();
        for (Number id : ids) {
            RequestNotice notice = em.find(RequestNotice.class, id.longValue());
            DisclosureRequest request = em.find(DisclosureRequest.class, notice.requestId());
            try {
                send(request.applicant().email(), notice);
                notice.sent(clock.instant());
            } catch (MessagingException | RuntimeException e) {
                notice.failed(clock.instant());
                LOG.log(Level.WARNING, () -> "E-mail notice " + notice.id() + " (" + notice.kind() + ") of request "
                        + request.trackingCode() + " not sent, attempt " + notice.attempts() + ": "
                        + Failures.describe(e));
            }
        }
        return ids.size();
    }

    private void send(String address, RequestNotice notice) throws MessagingException {
        MimeMessage message = new MimeMessage(mail.session());
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
        message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
        message.setText(notice.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        Transport.send(message);
    }
}
