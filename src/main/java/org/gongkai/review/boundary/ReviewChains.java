package org.gongkai.review.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;

/**
 * The decision chain per organ and item type: configured in {@code review_chain}, else the usual
 * one (domain.md §4): 初审 by a reviewer for ordinary items; 初审 (reviewer) → 复审 (the OGI office,
 * another reviewer) → 批准 (a leader) for sensitive ones.
 */
@Stateless
public class ReviewChains {

    static final List<String> ORDINARY = List.of("REVIEWER");
    static final List<String> SENSITIVE = List.of("REVIEWER", "REVIEWER", "LEADER");

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.gongkai.audit.boundary.AuditLog audit;

    @jakarta.inject.Inject
    org.gongkai.account.boundary.CurrentStaff currentStaff;

    /** Sets the chain of an organ's items of one type; each step a role (REVIEWER or LEADER). */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    public void configure(String organCode, String itemType, boolean sensitive, List<String> steps) {
        if (steps == null || steps.isEmpty() || steps.size() > 5
                || !steps.stream().allMatch(step -> "REVIEWER".equals(step) || "LEADER".equals(step))) {
            throw new org.gongkai.platform.control.InvalidInputException("invalid_input",
                    java.util.Map.of("steps", "须为 1 至 5 个步骤，每步为 REVIEWER 或 LEADER"));
        }
        if (itemType == null || !itemType.matches("[A-Z_]{3,40}")) {
            throw new org.gongkai.platform.control.InvalidInputException("invalid_input",
                    java.util.Map.of("itemType", "如 CATALOGUE_ENTRY 或 REPLY_LETTER"));
        }
        if (em.find(org.gongkai.account.entity.Organ.class, organCode) == null) {
            throw new org.gongkai.platform.control.InvalidInputException("invalid_input",
                    java.util.Map.of("organ", "机关代码不存在"));
        }
        em.createNativeQuery("insert into review_chain (organ_code, item_type, sensitive, steps) values (?1, ?2, ?3, ?4) "
                        + "on conflict (organ_code, item_type, sensitive) do update set steps = excluded.steps")
                .setParameter(1, organCode).setParameter(2, itemType).setParameter(3, sensitive)
                .setParameter(4, String.join(",", steps))
                .executeUpdate();
        audit.record(currentStaff.username(), organCode, "REVIEW_CHAIN", itemType + (sensitive ? "/sensitive" : ""),
                "REVIEW_CHAIN_SET", String.join(",", steps));
    }

    public List<String> stepsFor(String organCode, String itemType, boolean sensitive) {
        List<?> configured = em.createNativeQuery("select steps from review_chain "
                        + "where organ_code = ?1 and item_type = ?2 and sensitive = ?3")
                .setParameter(1, organCode)
                .setParameter(2, itemType)
                .setParameter(3, sensitive)
                .getResultList();
        if (!configured.isEmpty()) {
            return Arrays.asList(configured.get(0).toString().split(","));
        }
        return sensitive ? SENSITIVE : ORDINARY;
    }
}
