package org.gongkai.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.platform.control.Failures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: at once after the commit that queued a mail (off the caller's
 * thread, so a slow SMTP server never slows a user down), and every minute from {@link MailJobs}
 * for retries and for mails another server left behind. One round at a time on this server; other
 * servers' rounds take other mails (see {@link MailOutbox}). Logs name the mail and its item,
 * never the address.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int BATCH = 50;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** One round now, on the caller's thread, unless a round is already running on this server. */
    public void sendDue() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            drain();
        }
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                if (sendBatch() == BATCH) {
                    again.set(true);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail not sent now; the next round will retry: " + Failures.describe(e));
        } finally {
            running.set(false);
            if (again.get() && running.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    private int sendBatch() {
        List<MailOutbox.Claimed> claimed = outbox.claimDue(BATCH);
        for (MailOutbox.Claimed mail : claimed) {
            try {
                send(mail);
            } catch (MessagingException | RuntimeException e) {
                outbox.markFailed(mail.id(), Failures.describe(e));
                LOG.warning(() -> "E-mail " + mail.id() + " (" + mail.kind() + ", " + mail.itemType() + " "
                        + mail.itemId() + ") not sent: " + Failures.describe(e));
                continue;
            }
            outbox.markSent(mail.id());
        }
        return claimed.size();
    }

    private void send(MailOutbox.Claimed mail) throws MessagingException {
        MimeMessage message = new MimeMessage(settings.session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        Transport.send(message);
    }
}
