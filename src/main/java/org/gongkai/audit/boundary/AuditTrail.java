package org.gongkai.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.platform.entity.InvalidInputException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit administrator (安全审计员) reads the audit trail: by person, by item and by time, the
 * other two administrators' actions included (GB/T 22239-2019 level 3, 8.1.4.3 c and 8.1.10.2:
 * 审计管理员 analyses the records; no other role may). Read-only: the trail itself is append-only.
 */
@Stateless
@RolesAllowed("AUDITOR")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 200;

    /** A search: every criterion optional; {@code from} inclusive, {@code to} exclusive. */
    public record Criteria(String actor, String itemType, String itemId, Instant from, Instant to) {
    }

    /** One page of events, newest first, with the number of all matching events. */
    public record Page(List<AuditEvent> events, long total, int page, int size) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.security.enterprise.SecurityContext security;

    public Page search(Criteria criteria, int page, int size) {
        // a second check beside @RolesAllowed, by the request's own caller (三员分立, GB/T 22239-2019 8.1.10)
        if (!security.isCallerInRole("AUDITOR")) {
            throw new org.gongkai.platform.entity.ForbiddenActionException("forbidden");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (page < 0) {
            problems.put("page", "页码须为 0 或正整数");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.put("size", "每页条数须为 1 至 " + MAX_PAGE_SIZE);
        }
        if (criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            problems.put("to", "结束时间须晚于开始时间");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_parameter", problems);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (criteria.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (criteria.itemType() != null) {
            where.append(" and e.itemType = :itemType");
        }
        if (criteria.itemId() != null) {
            where.append(" and e.itemId = :itemId");
        }
        if (criteria.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (criteria.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        TypedQuery<AuditEvent> events = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc",
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        bind(events, criteria);
        bind(count, criteria);
        List<AuditEvent> found = events.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size).getResultList();
        return new Page(found, count.getSingleResult(), page, size);
    }

    private static void bind(TypedQuery<?> query, Criteria criteria) {
        if (criteria.actor() != null) {
            query.setParameter("actor", criteria.actor());
        }
        if (criteria.itemType() != null) {
            query.setParameter("itemType", criteria.itemType());
        }
        if (criteria.itemId() != null) {
            query.setParameter("itemId", criteria.itemId());
        }
        if (criteria.from() != null) {
            query.setParameter("from", criteria.from());
        }
        if (criteria.to() != null) {
            query.setParameter("to", criteria.to());
        }
    }
}
