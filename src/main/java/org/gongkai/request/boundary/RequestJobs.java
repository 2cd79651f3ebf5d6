package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.gongkai.platform.boundary.ClusterJobs;
import org.gongkai.platform.control.Failures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily checks at 01:00 Beijing time: abandonments, warnings 5 and 1 working days before a
 * due date. (E-mail goes out through the platform's outbox.)
 * <p>
 * Every node of a cluster has this timer; the checks run on the one node that claims the day first
 * ({@link ClusterJobs}), so no warning is sent twice.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestJobs {

    private static final Logger LOG = Logger.getLogger(RequestJobs.class.getName());

    @Inject
    RequestDailyChecks dailyChecks;

    @Inject
    ClusterJobs jobs;

    @Inject
    Clock clock;

    static final String DAILY_JOB = "request-daily-checks";

    @Schedule(hour = "1", minute = "0", timezone = "Asia/Shanghai", persistent = false, info = "request daily checks")
    void daily() {
        String day = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
        try {
            if (!jobs.claim(DAILY_JOB, day, 60)) {
                LOG.fine(() -> "Request daily checks of " + day + " run on another node");
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Request daily checks not claimed: " + Failures.describe(e));
            return;
        }
        try {
            RequestDailyChecks.Summary summary = dailyChecks.run(null);
            LOG.info(() -> "Request daily checks: " + summary.abandoned() + " closed as abandoned, "
                    + summary.warnings() + " due-date warnings");
            jobs.finished(DAILY_JOB, day);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Request daily checks failed", e);
        }
    }
}
