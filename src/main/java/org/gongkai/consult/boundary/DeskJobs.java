package org.gongkai.consult.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The desk's daily warnings at 01:10 Beijing time (due within a working day, overdue). */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeskJobs {

    private static final Logger LOG = Logger.getLogger(DeskJobs.class.getName());

    @Inject
    DeskWarnings warnings;

    @Schedule(hour = "1", minute = "10", timezone = "Asia/Shanghai", persistent = false, info = "desk warnings")
    void daily() {
        try {
            int sent = warnings.check();
            LOG.info(() -> "Desk warnings: " + sent + " queued");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Desk warnings failed", e);
        }
    }
}
