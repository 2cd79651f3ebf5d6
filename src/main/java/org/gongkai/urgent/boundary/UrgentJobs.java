package org.gongkai.urgent.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.gongkai.platform.control.Failures;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder timer: every minute (not persistent: a missed minute is caught up by the next
 * round, and the claims in {@code urgent_reminder} keep every server of a cluster from sending a
 * reminder twice).
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UrgentJobs {

    private static final Logger LOG = Logger.getLogger(UrgentJobs.class.getName());

    @Inject
    UrgentReminderRound round;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "urgent information reminders")
    void reminders() {
        try {
            int claimed = round.run();
            if (claimed > 0) {
                LOG.info(() -> "Urgent information: " + claimed + " reminders");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Urgent reminders not sent this round: " + Failures.describe(e));
        }
    }
}
