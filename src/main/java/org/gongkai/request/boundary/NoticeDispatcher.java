package org.gongkai.request.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.gongkai.platform.control.Failures;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the sender once a notice is committed, off the request's thread, so that a slow or absent
 * SMTP server never slows an applicant down. Runs at most one sending round at a time and one more
 * when notices arrived meanwhile; the daily job's timer catches anything left over.
 */
@ApplicationScoped
public class NoticeDispatcher {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    RequestNotices notices;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeQueued queued) {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                if (notices.sendPending() == RequestNotices.BATCH) {
                    again.set(true);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail notices not sent now; the next round will retry: " + Failures.describe(e));
        } finally {
            running.set(false);
            if (again.get() && running.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }
}
