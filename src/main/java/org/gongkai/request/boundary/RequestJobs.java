package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily checks at 01:00 Beijing time: abandonments, warnings 5 and 1 working days before a
 * due date. (E-mail goes out through the platform's outbox.)
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestJobs {

    private static final Logger LOG = Logger.getLogger(RequestJobs.class.getName());

    @Inject
    RequestDailyChecks dailyChecks;

    @Schedule(hour = "1", minute = "0", timezone = "Asia/Shanghai", persistent = false, info = "request daily checks")
    void daily() {
        try {
            RequestDailyChecks.Summary summary = dailyChecks.run(null);
            LOG.info(() -> "Request daily checks: " + summary.abandoned() + " closed as abandoned, "
                    + summary.warnings() + " due-date warnings");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Request daily checks failed", e);
        }
    }
}
