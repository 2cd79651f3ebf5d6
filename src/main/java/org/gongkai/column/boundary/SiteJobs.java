package org.gongkai.column.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The site-health warnings, daily at 07:30 Beijing time. */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SiteJobs {

    private static final Logger LOG = Logger.getLogger(SiteJobs.class.getName());

    @Inject
    SiteWarnings warnings;

    @Schedule(hour = "7", minute = "30", timezone = "Asia/Shanghai", persistent = false, info = "site health warnings")
    void daily() {
        try {
            int queued = warnings.check();
            LOG.info(() -> "Site health warnings: " + queued + " queued");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Site health warnings failed", e);
        }
    }
}
