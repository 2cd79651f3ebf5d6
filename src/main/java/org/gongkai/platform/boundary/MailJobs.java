package org.gongkai.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute, a round of the outbox on this server: retries after a refusal of the SMTP server,
 * and mails whose claim ran out on a server that stopped. Running on every server is safe: the
 * claims keep servers off each other's mails.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailJobs {

    @Inject
    MailDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "e-mail outbox")
    void round() {
        dispatcher.sendDue();
    }
}
