package org.gongkai.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.platform.entity.OutgoingMail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one outbox of the portal's e-mail. A feature queues a mail in the transaction of the step it
 * tells about ({@link #queue}): the step and its mail commit together or not at all. Sending is
 * three steps, so that a rollback never sends and a commit never loses a mail:
 * <ol>
 * <li>{@link #claimDue} takes due mails for this server for a lease, in a transaction of its own
 * ({@code for update skip locked}: several servers never take the same mail), and commits;</li>
 * <li>{@link MailDispatcher} hands each to the SMTP server outside any transaction;</li>
 * <li>{@link #markSent} or {@link #markFailed} records the outcome, again in its own transaction.</li>
 * </ol>
 * A server that dies between 2 and 3 leaves its mails to another once the lease has run out, so a
 * mail is sent at least once; at worst (a death in the instant after sending) twice, never lost.
 */
@Stateless
@PermitAll
public class MailOutbox {

    /** How long a claimed mail belongs to the server that claimed it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    @Inject
    Event<MailQueued> queued;

    /**
     * Queues one mail in the caller's transaction; it is sent after that transaction commits.
     *
     * @param to       the recipient's address (kept encrypted, erased once sent)
     * @param subject  the subject line
     * @param body     the plain-text body
     * @param itemType what the mail is about, e.g. {@code DISCLOSURE_REQUEST}
     * @param itemId   which one of them
     * @param kind     the kind of mail, e.g. {@code FILED}, {@code REMINDER_30}
     * @return false, and nothing queued, when e-mail is off or there is no address
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queue(String to, String subject, String body, String itemType, String itemId, String kind) {
        if (!settings.enabled() || to == null || to.isBlank()) {
            return false;
        }
        OutgoingMail mail = new OutgoingMail(itemType, itemId, kind, to.strip(), subject, body, clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.id()));
        return true;
    }

    /** A mail taken for sending: what the sender needs, read inside the claim's transaction. */
    public record Claimed(long id, String to, String subject, String body, String kind, String itemType, String itemId) {
    }

    /** Claims up to {@code max} due mails for this server and commits the claim. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claimDue(int max) {
        if (!settings.enabled()) {
            return List.of();
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from mail_outbox where sent_at is null "
                        + "and next_attempt_at <= ?1 and (claimed_until is null or claimed_until < ?1) "
                        + "order by next_attempt_at, id limit ?2 for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, max)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(ids.size());
        for (Number id : ids) {
            OutgoingMail mail = em.find(OutgoingMail.class, id.longValue());
            mail.claim(SERVER, now.plus(LEASE));
            claimed.add(new Claimed(mail.id(), mail.recipient(), mail.subject(), mail.body(), mail.kind(),
                    mail.itemType(), mail.itemId()));
        }
        return claimed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long id) {
        em.find(OutgoingMail.class, id).sent(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String why) {
        em.find(OutgoingMail.class, id).failed(clock.instant(), why);
    }

    /** The mails queued about one item, oldest first (for staff views and tests of who was told what). */
    public List<OutgoingMail> mailsAbout(String itemType, String itemId) {
        return em.createQuery("select m from OutgoingMail m where m.itemType = :type and m.itemId = :id order by m.id",
                        OutgoingMail.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .getResultList();
    }
}
