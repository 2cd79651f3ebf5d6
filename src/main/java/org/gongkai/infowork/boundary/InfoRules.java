package org.gongkai.infowork.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.infowork.control.ScoringRules;
import org.gongkai.platform.entity.InvalidInputException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The year's scoring rules, set by the administrator; every change is a new version, kept, and
 * recomputes the year's points by appending corrections to the ledger.
 */
@Stateless
public class InfoRules {

    /** The rules of a year with the version they carry (0: none set yet). */
    public record Versioned(int version, ScoringRules rules) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ScoreLedger ledger;

    /** The rules in force for the year: its latest version. */
    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER", "LEADER", "ADMIN"})
    public Versioned current(int year) {
        return inForce(year);
    }

    /** The same, for the feature's own boundaries (also without a signed-in caller, as the nightly check runs). */
    @jakarta.annotation.security.PermitAll
    public Versioned inForce(int year) {
        List<?> rows = em.createNativeQuery("select version, rules from info_rules where year = ?1 order by version desc limit 1")
                .setParameter(1, year).getResultList();
        if (rows.isEmpty()) {
            return new Versioned(0, ScoringRules.none(year));
        }
        Object[] row = (Object[]) rows.get(0);
        return new Versioned(((Number) row[0]).intValue(), ScoringRules.parse(year, (String) row[1]));
    }

    /** Every version of the year's rules, the newest first: {version, createdBy, createdAt, rules}. */
    @RolesAllowed({"INFO_EDITOR", "ADMIN"})
    public List<Object[]> history(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select version, created_by, created_at, rules from info_rules "
                + "where year = ?1 order by version desc").setParameter(1, year).getResultList();
        return rows;
    }

    /** Sets the year's rules as a new version and recomputes the year's ledger under them. */
    @RolesAllowed("ADMIN")
    public Versioned set(int year, String json) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("invalid_input", Map.of("year", "年度须在 2000 至 2100 之间"));
        }
        ScoringRules rules = ScoringRules.parse(year, json);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('info_rules'), ?1)").setParameter(1, year)
                .getSingleResult();
        int version = inForce(year).version() + 1;
        em.createNativeQuery("insert into info_rules (year, version, rules, created_by, created_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, year).setParameter(2, version).setParameter(3, rules.toJson())
                .setParameter(4, currentStaff.username()).setParameter(5, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        Versioned now = new Versioned(version, rules);
        int corrections = ledger.recompute(year, now);
        audit.record(currentStaff.username(), null, "INFO_RULES", Integer.toString(year), "INFO_RULES_SET",
                "第" + version + "版计分规则；重算追加更正" + corrections + "条");
        return now;
    }
}
