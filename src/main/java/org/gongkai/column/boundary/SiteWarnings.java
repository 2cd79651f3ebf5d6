package org.gongkai.column.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.column.control.SiteHealth;
import org.gongkai.platform.boundary.MailOutbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends the site-health warnings that are due ({@link SiteHealth#warnings}), each once: the first
 * transaction to insert its key into {@code site_warning} queues the mail (in a cluster too).
 * Staff accounts carry no e-mail address: a column's warnings go to the address kept with the
 * column, else to {@code gongkai.site.warning-address}, which also receives the veto-line warnings.
 */
@Stateless
public class SiteWarnings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    SiteHealthReport health;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "gongkai.site.warning-address")
    Optional<String> siteAddress;

    /** Runs the warnings now; returns how many were queued. */
    @RolesAllowed("ADMIN")
    public int run() {
        return check();
    }

    /** The daily run of the timer. */
    @PermitAll
    public int check() {
        SiteHealthReport.Report report = health.compute();
        int queued = 0;
        for (SiteHealth.Warning warning : SiteHealth.warnings(report.columns(), report.checks(), report.homeLastUpdate(),
                report.today(), siteAddress.filter(a -> !a.isBlank()).orElse(null))) {
            int claimed = em.createNativeQuery("insert into site_warning (warning_key, claimed_at) values (?1, ?2) "
                            + "on conflict do nothing")
                    .setParameter(1, warning.key())
                    .setParameter(2, Timestamp.from(clock.instant()))
                    .executeUpdate();
            if (claimed == 1) {
                outbox.queue(warning.to(), warning.subject(), warning.body() + "\n\n本邮件由系统自动发送，请勿直接回复。",
                        "SITE_WARNING", warning.key(), "SITE_WARNING");
                audit.record(AuditLog.SYSTEM, null, "SITE_WARNING", warning.key(), "SITE_WARNING_QUEUED", warning.subject());
                queued++;
            }
        }
        return queued;
    }
}
