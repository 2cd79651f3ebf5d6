package org.gongkai.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.InvalidInputException;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The sensitive-term list: administrators maintain it, reviewers may read it. */
@Stateless
public class SensitiveTerms {

    public static final int MAX_TERMS = 50_000;
    public static final int MAX_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Event<ReviewScan.TermsChanged> changed;

    @RolesAllowed({"ADMIN", "REVIEWER", "LEADER"})
    public List<String> all() {
        return em.createNativeQuery("select term from sensitive_term order by term").getResultList()
                .stream().map(Object::toString).toList();
    }

    /** Replaces the whole list in one transaction. */
    @RolesAllowed("ADMIN")
    public int replace(Collection<String> terms) {
        if (terms == null) {
            throw new InvalidInputException("malformed_body");
        }
        List<String> cleaned = terms.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
        if (cleaned.size() > MAX_TERMS) {
            throw new InvalidInputException("invalid_input", Map.of("terms", "敏感词不超过 " + MAX_TERMS + " 个"));
        }
        cleaned.stream().filter(t -> t.length() > MAX_LENGTH).findFirst().ifPresent(t -> {
            throw new InvalidInputException("invalid_input", Map.of("terms", "每个敏感词不超过 " + MAX_LENGTH + " 字"));
        });
        em.createNativeQuery("delete from sensitive_term").executeUpdate();
        Timestamp now = Timestamp.from(clock.instant());
        for (String term : cleaned) {
            em.createNativeQuery("insert into sensitive_term (term, added_by, added_at) values (?1, ?2, ?3)")
                    .setParameter(1, term)
                    .setParameter(2, currentStaff.username())
                    .setParameter(3, now)
                    .executeUpdate();
        }
        audit.record(currentStaff.username(), null, "SENSITIVE_TERMS", "all", "TERMS_REPLACED",
                cleaned.size() + " terms");
        changed.fire(new ReviewScan.TermsChanged(cleaned.size()));
        return cleaned.size();
    }
}
