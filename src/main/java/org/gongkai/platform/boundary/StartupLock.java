package org.gongkai.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Start-up work that checks and then writes (seeding accounts and demo data, encrypting rows left
 * in plaintext) takes this lock first, a PostgreSQL advisory lock held until the caller's
 * transaction ends: when several nodes start together, one seeds and the others wait, then find
 * the rows there. (The schema migrations need no more: Flyway takes its own advisory lock.)
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StartupLock {

    /** The lock's number; {@code audit.boundary.AuditSeal} uses 7130001. */
    static final long KEY = 7130015L;

    @PersistenceContext
    EntityManager em;

    /** Waits until no other node's start-up work holds the lock, then holds it until this transaction ends. */
    public void holdUntilCommit() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, KEY).getSingleResult();
    }
}
