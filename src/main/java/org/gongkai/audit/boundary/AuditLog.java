package org.gongkai.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.entity.AuditEvent;

import java.time.Clock;
import java.util.List;

/**
 * Records events in the caller's transaction, so that a change and its history commit or roll
 * back together. Callers outside a transaction are refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    /** Recorded as actor when the system itself acts (start-up, scheduled jobs). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public AuditEvent record(String actor, String organCode, String itemType, String itemId, String eventType,
                             String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, organCode, itemType, itemId, eventType, detail);
        em.persist(event);
        return event;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> historyOf(String itemType, String itemId) {
        return em.createNamedQuery(AuditEvent.OF_ITEM, AuditEvent.class)
                .setParameter("itemType", itemType)
                .setParameter("itemId", itemId)
                .getResultList();
    }
}
