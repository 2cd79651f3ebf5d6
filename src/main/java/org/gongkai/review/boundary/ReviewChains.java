package org.gongkai.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision chain per organ and item type of the review before publication (Art. 17 of the OGI
 * Regulations; State Secrets Law Art. 35): configured in {@code review_chain}, else the usual one: 初审 by a reviewer for ordinary items; 初审 (reviewer) → 复审 (the OGI office,
 * another reviewer) → 批准 (a leader) for sensitive ones.
 */
@Stateless
public class ReviewChains {

    /** The item types that go through the review: catalogue entries (and guides), reply letters. */
    public static final List<String> ITEM_TYPES = List.of("CATALOGUE_ENTRY", "REPLY_LETTER", "ANNUAL_REPORT");
    public static final int MAX_STEPS = 5;

    static final List<String> ORDINARY = List.of("REVIEWER");
    static final List<String> SENSITIVE = List.of("REVIEWER", "REVIEWER", "LEADER");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    /** Sets the chain of an organ's items of one type; each step a role (REVIEWER or LEADER). */
    @RolesAllowed("ADMIN")
    public void configure(String organCode, String itemType, boolean sensitive, List<String> steps) {
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS
                || !steps.stream().allMatch(step -> "REVIEWER".equals(step) || "LEADER".equals(step))) {
            throw new InvalidInputException("invalid_input",
                    Map.of("steps", "须为 1 至 " + MAX_STEPS + " 个步骤，每步为 REVIEWER 或 LEADER"));
        }
        if (itemType == null || !itemType.matches("[A-Z_]{3,40}")) {
            throw new InvalidInputException("invalid_input", Map.of("itemType", "如 CATALOGUE_ENTRY 或 REPLY_LETTER"));
        }
        if (organCode == null || em.find(Organ.class, organCode) == null) {
            throw new InvalidInputException("invalid_input", Map.of("organ", "机关代码不存在"));
        }
        em.createNativeQuery("insert into review_chain (organ_code, item_type, sensitive, steps) values (?1, ?2, ?3, ?4) "
                        + "on conflict (organ_code, item_type, sensitive) do update set steps = excluded.steps")
                .setParameter(1, organCode).setParameter(2, itemType).setParameter(3, sensitive)
                .setParameter(4, String.join(",", steps))
                .executeUpdate();
        audit.record(currentStaff.username(), organCode, "REVIEW_CHAIN", itemType + (sensitive ? "/sensitive" : ""),
                "REVIEW_CHAIN_SET", String.join(",", steps));
    }

    /** The steps a new task of this organ and type gets: the configured chain, else the usual one. */
    public List<String> stepsFor(String organCode, String itemType, boolean sensitive) {
        return configured(organCode, itemType, sensitive).orElse(usual(sensitive));
    }

    /** The chain of an organ and type for which none is configured. */
    public static List<String> usual(boolean sensitive) {
        return sensitive ? SENSITIVE : ORDINARY;
    }

    /** The chain configured for this organ and type, if one is. */
    public Optional<List<String>> configured(String organCode, String itemType, boolean sensitive) {
        List<?> configured = em.createNativeQuery("select steps from review_chain "
                        + "where organ_code = ?1 and item_type = ?2 and sensitive = ?3")
                .setParameter(1, organCode)
                .setParameter(2, itemType)
                .setParameter(3, sensitive)
                .getResultList();
        return configured.isEmpty() ? Optional.empty()
                : Optional.of(Arrays.asList(configured.get(0).toString().split(",")));
    }
}
