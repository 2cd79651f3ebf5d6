package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.boundary.AuditLog;

import java.util.List;
import java.util.OptionalLong;

/**
 * A lock per tracking code (GB/T 22239-2019 8.1.4.1 b, applied to the applicant's passcode): after
 * {@code gongkai.requests.passcode-max-failures} (default 5) wrong passcodes for one code within the
 * lock period, the code is locked for {@code gongkai.requests.passcode-lock-seconds} (default 900)
 * and even the right passcode is refused (429 with {@code Retry-After}), so that a passcode cannot be
 * guessed from many addresses. Kept in PostgreSQL (every node agrees) with the database's time.
 * Failures are counted in their own transaction: the refusal that follows rolls back the caller's.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PasscodeLocks {

    static final String ITEM_TYPE = "TRACKING_CODE";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "gongkai.requests.passcode-max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "gongkai.requests.passcode-lock-seconds", defaultValue = "900")
    int lockSeconds;

    /** Seconds until the code may be tried again; empty when it is not locked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalLong lockedFor(String trackingCode) {
        List<?> rows = em.createNativeQuery("select ceil(extract(epoch from locked_until - now())) from passcode_failure "
                        + "where tracking_code = ?1 and locked_until > now()")
                .setParameter(1, trackingCode)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, ((Number) rows.get(0)).longValue()));
    }

    /** Counts a wrong passcode; locks the code when the count reaches the limit (recorded in the audit trail). */
    public void failed(String trackingCode) {
        Object[] row = (Object[]) em.createNativeQuery("insert into passcode_failure as f (tracking_code, failures, first_at) "
                        + "values (?1, 1, now()) on conflict (tracking_code) do update set "
                        + "failures = case when f.locked_until <= now() or f.first_at < now() - make_interval(secs => ?2) "
                        + "then 1 else f.failures + 1 end, "
                        + "first_at = case when f.locked_until <= now() or f.first_at < now() - make_interval(secs => ?2) "
                        + "then now() else f.first_at end, "
                        + "locked_until = case when f.locked_until <= now() then null else f.locked_until end "
                        + "returning f.failures, f.locked_until is not null")
                .setParameter(1, trackingCode)
                .setParameter(2, Math.max(1, lockSeconds))
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        if (!Boolean.TRUE.equals(row[1]) && failures >= Math.max(1, maxFailures)) {
            em.createNativeQuery("update passcode_failure set locked_until = now() + make_interval(secs => ?2) "
                            + "where tracking_code = ?1")
                    .setParameter(1, trackingCode)
                    .setParameter(2, Math.max(1, lockSeconds))
                    .executeUpdate();
            audit.record(AuditLog.SYSTEM, null, ITEM_TYPE, trackingCode, "PASSCODE_LOCKED",
                    failures + " wrong passcodes; locked for " + lockSeconds + " s");
        }
    }

    /** The right passcode outside a lock: the count starts again. */
    public void succeeded(String trackingCode) {
        em.createNativeQuery("delete from passcode_failure where tracking_code = ?1")
                .setParameter(1, trackingCode)
                .executeUpdate();
    }
}
