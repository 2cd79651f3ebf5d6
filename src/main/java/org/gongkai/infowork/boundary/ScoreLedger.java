package org.gongkai.infowork.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.infowork.control.Fact;
import org.gongkai.infowork.control.PointSplit;
import org.gongkai.infowork.control.Scoring;
import org.gongkai.infowork.control.ScoringRules;
import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.Instruction;
import org.gongkai.infowork.entity.ItemStatus;
import org.gongkai.infowork.entity.LedgerEntry;
import org.gongkai.infowork.entity.Publication;
import org.gongkai.infowork.entity.Upward;
import org.gongkai.infowork.entity.UrgentFault;
import org.gongkai.platform.entity.InvalidInputException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points ledger: each event that earns or costs points appends rows (one per unit sharing it),
 * with its cause and the version of the rules that valued it. Nothing is rewritten: {@link #settle}
 * books only the difference between what a fact is worth now and what the ledger already holds for
 * it, so booking twice books nothing, and a rule change ({@link #recompute}) appends corrections.
 */
@Stateless
public class ScoreLedger {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    InfoRules rules;

    /**
     * An urgent-information fault (紧急信息 迟报 LATE, 漏报 MISSED, 瞒报 CONCEALED, 误报 FALSE) of a unit:
     * appends the year's deduction for the kind (ledger kind {@code URGENT_<kind>}), once per
     * incident and kind, and keeps the fault so that the awards show the unit blocked when the
     * rules' {@code blocksAward} names the kind. Called by the urgent-information feature (from its
     * event, possibly in a scheduled check without a signed-in caller) and by the office's own
     * record of a fault; a second call for the same incident and kind changes nothing.
     *
     * @return whether the fault was new
     */
    @PermitAll
    public boolean recordUrgentFault(String organCode, int year, String faultKind, long incidentId, String reason) {
        UrgentFault fault;
        try {
            fault = UrgentFault.valueOf(faultKind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("invalid_input", Map.of("kind", "须为 LATE、MISSED、CONCEALED 或 FALSE"));
        }
        if (organCode == null || em.find(Organ.class, organCode) == null) {
            throw new InvalidInputException("invalid_input", Map.of("organ", "机关代码不存在"));
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("invalid_input", Map.of("year", "年度须在 2000 至 2100 之间"));
        }
        String why = reason == null || reason.isBlank() ? fault.label() : reason.strip();
        if (why.length() > 500) {
            why = why.substring(0, 500);
        }
        int inserted = em.createNativeQuery("insert into info_urgent_fault (incident_id, fault_kind, organ_code, year, reason, recorded_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, incidentId).setParameter(2, fault.name()).setParameter(3, organCode)
                .setParameter(4, year).setParameter(5, why).setParameter(6, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        InfoRules.Versioned inForce = rules.inForce(year);
        settle(Scoring.urgent(incidentId, fault, organCode, year, monthIn(year), why, inForce.rules()), inForce.version());
        audit.record(currentStaff.username(), organCode, "INFO_URGENT_FAULT", incidentId + ":" + fault.name(),
                "INFO_URGENT_FAULT_RECORDED", fault.label() + "：" + why);
        return true;
    }

    private int monthIn(int year) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return today.getYear() == year ? today.getMonthValue() : today.getYear() > year ? 12 : 1;
    }

    /** Books what the fact is worth now, less what the ledger holds for it already; the number of rows appended. */
    @PermitAll
    public int settle(Fact fact, int ruleVersion) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, fact.key()).getSingleResult();
        em.flush();
        Map<String, BigDecimal> booked = booked(fact.year(), fact.key());
        return append(fact, ruleVersion, booked);
    }

    private int append(Fact fact, int ruleVersion, Map<String, BigDecimal> booked) {
        Map<String, BigDecimal> expected = PointSplit.split(fact.points(), fact.organs());
        Set<String> organs = new LinkedHashSet<>(expected.keySet());
        organs.addAll(booked.keySet());
        int rows = 0;
        for (String organ : organs) {
            BigDecimal now = expected.getOrDefault(organ, BigDecimal.ZERO);
            BigDecimal before = booked.getOrDefault(organ, BigDecimal.ZERO);
            BigDecimal difference = now.subtract(before);
            if (difference.signum() == 0) {
                continue;
            }
            boolean correction = booked.containsKey(organ);
            String cause = correction
                    ? "按第" + ruleVersion + "版计分规则更正（" + before.toPlainString() + " → " + now.toPlainString() + "）：" + fact.cause()
                    : fact.cause() + (fact.organs().size() > 1 ? "（" + fact.organs().size() + "个单位合报均分）" : "");
            em.persist(new LedgerEntry(organ, fact.year(), fact.month(), clock.instant(), difference, fact.kind(),
                    correction, fact.key(), fact.itemId(), cause.length() > 1000 ? cause.substring(0, 1000) : cause,
                    ruleVersion));
            em.flush(); // rows take their ids in the order they are booked
            rows++;
        }
        return rows;
    }

    private Map<String, BigDecimal> booked(int year, String key) {
        Map<String, BigDecimal> booked = new HashMap<>();
        for (Object row : em.createNativeQuery("select organ_code, sum(points) from info_ledger where year = ?1 and source_key = ?2 "
                + "group by organ_code").setParameter(1, year).setParameter(2, key).getResultList()) {
            Object[] columns = (Object[]) row;
            booked.put((String) columns[0], (BigDecimal) columns[1]);
        }
        return booked;
    }

    /**
     * Values every fact of the year under the rules now in force and appends a correction wherever
     * the ledger holds another sum; the number of rows appended.
     */
    @PermitAll
    public int recompute(int year, InfoRules.Versioned inForce) {
        em.flush();
        ScoringRules scoring = inForce.rules();
        List<Fact> facts = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Publication> publications = new HashMap<>();
        em.createQuery("select p from Publication p", Publication.class).getResultList()
                .forEach(p -> publications.put(p.code(), p));
        Map<Long, InfoItem> items = new java.util.TreeMap<>();
        em.createQuery("select i from InfoItem i where i.status <> :draft and (i.year = :year or "
                        + "(i.adoptedOn between :first and :last))", InfoItem.class)
                .setParameter("draft", ItemStatus.DRAFT).setParameter("year", year)
                .setParameter("first", first).setParameter("last", last)
                .getResultList().forEach(i -> items.put(i.id(), i));
        for (InfoItem item : items.values()) {
            if (item.year() != null && item.year() == year) {
                facts.add(Scoring.submission(item, scoring));
            }
            if (item.status() == ItemStatus.ADOPTED && item.adoptedOn().getYear() == year) {
                facts.add(Scoring.adoption(item, publications.get(item.publicationCode()), scoring));
            }
        }
        for (Upward upward : em.createQuery("select u from Upward u where u.adoptedOn between :first and :last", Upward.class)
                .setParameter("first", first).setParameter("last", last).getResultList()) {
            facts.add(Scoring.upward(item(items, upward.itemId()), upward, publications.get(upward.publicationCode()), scoring));
        }
        Map<String, Instruction> firstOfLevel = new LinkedHashMap<>();
        for (Instruction instruction : em.createQuery("select i from Instruction i order by i.givenOn, i.id", Instruction.class)
                .getResultList()) {
            firstOfLevel.putIfAbsent(instruction.itemId() + ":" + instruction.level(), instruction);
        }
        for (Instruction instruction : firstOfLevel.values()) {
            if (instruction.givenOn().getYear() == year) {
                facts.add(Scoring.instruction(item(items, instruction.itemId()), instruction.level(),
                        instruction.givenOn(), instruction.leader(), scoring));
            }
        }
        for (Object row : em.createNativeQuery("select c.id, c.topic, c.deadline, o.organ_code from info_commission c "
                + "join info_commission_organ o on o.commission_id = c.id where c.year = ?1 and o.status = 'MISSED'")
                .setParameter(1, year).getResultList()) {
            Object[] c = (Object[]) row;
            facts.add(Scoring.commissionMissed(((Number) c[0]).longValue(), (String) c[1], toDate(c[2]),
                    (String) c[3], scoring));
        }
        for (Object row : em.createNativeQuery("select incident_id, fault_kind, organ_code, reason, "
                + "(select min(l.month) from info_ledger l where l.year = f.year and l.source_key = 'URG:' || f.incident_id || ':' || f.fault_kind) "
                + "from info_urgent_fault f where year = ?1").setParameter(1, year).getResultList()) {
            Object[] f = (Object[]) row;
            int month = f[4] == null ? monthIn(year) : ((Number) f[4]).intValue();
            facts.add(Scoring.urgent(((Number) f[0]).longValue(), UrgentFault.valueOf((String) f[1]), (String) f[2],
                    year, month, (String) f[3], scoring));
        }
        Map<String, Map<String, BigDecimal>> booked = new HashMap<>();
        for (Object row : em.createNativeQuery("select source_key, organ_code, sum(points) from info_ledger where year = ?1 "
                + "group by source_key, organ_code").setParameter(1, year).getResultList()) {
            Object[] columns = (Object[]) row;
            booked.computeIfAbsent((String) columns[0], k -> new HashMap<>()).put((String) columns[1], (BigDecimal) columns[2]);
        }
        int rows = 0;
        for (Fact fact : facts) {
            rows += append(fact, inForce.version(), booked.getOrDefault(fact.key(), Map.of()));
        }
        return rows;
    }

    private InfoItem item(Map<Long, InfoItem> items, long id) {
        return items.computeIfAbsent(id, key -> em.find(InfoItem.class, key));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The ledger of a unit for a year, the oldest row first. */
    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER", "LEADER"})
    public List<LedgerEntry> ledgerOf(String organCode, int year) {
        if (!currentStaff.hasRole(org.gongkai.account.entity.Role.INFO_EDITOR)
                && !currentStaff.hasRole(org.gongkai.account.entity.Role.LEADER)
                && !currentStaff.get().organ().code().equals(organCode)) {
            throw new org.gongkai.platform.entity.UnknownItemException("not_found");
        }
        return em.createQuery("select l from LedgerEntry l where l.organCode = :organ and l.year = :year order by l.id",
                        LedgerEntry.class)
                .setParameter("organ", organCode).setParameter("year", year).getResultList();
    }

    /** The rows an item earned, per unit. */
    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER", "LEADER"})
    public List<LedgerEntry> ledgerOfItem(long itemId) {
        return em.createQuery("select l from LedgerEntry l where l.itemId = :item order by l.id", LedgerEntry.class)
                .setParameter("item", itemId).getResultList();
    }

}
