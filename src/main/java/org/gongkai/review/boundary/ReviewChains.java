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
