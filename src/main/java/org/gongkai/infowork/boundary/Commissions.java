package org.gongkai.infowork.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.infowork.control.Scoring;
import org.gongkai.infowork.entity.Commission;
import org.gongkai.platform.entity.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Commissioned articles (约稿): the office asks units for an article on a topic by a deadline; a
 * unit answers with an item linked to the commission, submitted by the deadline; a unit that has
 * not answered when the deadline has passed (the day after it, Asia/Shanghai) is marked MISSED and
 * loses the year's {@code commissionMissed} points. The check runs every night at 00:30 and when
 * the office asks for it.
 */
@Stateless
public class Commissions {

    /** A commission with each unit's standing: organ code → {status, itemId, organ name}. */
    public record Standing(Commission commission, List<Answer> answers) {
    }

    /** One unit's answer to a commission. */
    public record Answer(String organCode, String organName, String status, Long itemId) {
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

    @Inject
    InfoRules rules;

    @RolesAllowed("INFO_EDITOR")
    public Standing commission(InfoCommands.CommissionRecord form) {
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of("topic", "请填写"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String topic = InfoItems.check(problems, "topic", form.topic, 300);
        if (form.deadline == null || form.deadline.isBefore(today())) {
            problems.put("deadline", "请填写截止日期（不早于今日）");
        }
        Set<String> organs = new LinkedHashSet<>();
        if (form.organs == null || form.organs.isEmpty()) {
            problems.put("organs", "请选择约稿单位");
        } else {
            for (String code : form.organs) {
                if (code == null || em.find(Organ.class, code) == null) {
                    problems.put("organs", "单位代码不存在：" + code);
                } else {
                    organs.add(code);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        Commission commission = new Commission(topic, form.deadline, currentStaff.username(), clock.instant());
        em.persist(commission);
        em.flush();
        for (String organ : organs) {
            em.createNativeQuery("insert into info_commission_organ (commission_id, organ_code, status) values (?1, ?2, 'OPEN')")
                    .setParameter(1, commission.id()).setParameter(2, organ).executeUpdate();
        }
        audit.record(currentStaff.username(), currentStaff.get().organ().code(), "INFO_COMMISSION", commission.id().toString(),
                "INFO_COMMISSION_SENT", "约稿《" + topic + "》，截止" + form.deadline + "，约稿单位：" + String.join("、", organs));
        return standing(commission);
    }

    /** The commissions: all for the office, the unit's own for an officer; newest first. */
    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER"})
    public List<Standing> list(Integer year) {
        List<Commission> commissions;
        if (currentStaff.hasRole(Role.INFO_EDITOR)) {
            commissions = em.createQuery("select c from Commission c where c.year >= :from and c.year <= :to order by c.id desc",
                    Commission.class).setParameter("from", year == null ? 0 : year).setParameter("to", year == null ? 9999 : year)
                    .setMaxResults(500).getResultList();
        } else {
            commissions = em.createQuery("select c from Commission c where c.year >= :from and c.year <= :to and c.id in "
                            + "(select co.commissionId from CommissionAnswerView co where co.organCode = :own) order by c.id desc",
                    Commission.class).setParameter("from", year == null ? 0 : year).setParameter("to", year == null ? 9999 : year).setParameter("own", currentStaff.get().organ().code())
                    .setMaxResults(500).getResultList();
        }
        List<Standing> standings = new ArrayList<>();
        for (Commission commission : commissions) {
            standings.add(standing(commission));
        }
        return standings;
    }

    Standing standing(Commission commission) {
        List<Answer> answers = new ArrayList<>();
        boolean editor = currentStaff.hasRole(Role.INFO_EDITOR);
        String own = currentStaff.find().map(u -> u.organ().code()).orElse(null);
        for (Object row : em.createNativeQuery("select co.organ_code, o.name, co.status, co.item_id from info_commission_organ co "
                + "join organ o on o.code = co.organ_code where co.commission_id = ?1 order by co.organ_code")
                .setParameter(1, commission.id()).getResultList()) {
            Object[] c = (Object[]) row;
            if (editor || c[0].equals(own)) {
                answers.add(new Answer((String) c[0], (String) c[1], (String) c[2], c[3] == null ? null : ((Number) c[3]).longValue()));
            }
        }
        return new Standing(commission, answers);
    }

    /** Marks the units that let a deadline pass without answering, and books their deduction; how many. */
    @RolesAllowed("INFO_EDITOR")
    public int closeOverdue() {
        return markMissed(currentStaff.username());
    }

    @Schedule(hour = "0", minute = "30", timezone = "Asia/Shanghai", persistent = false)
    @PermitAll
    public void nightly() {
        markMissed(AuditLog.SYSTEM);
    }

    private int markMissed(String actor) {
        LocalDate today = today();
        int marked = 0;
        for (Object row : em.createNativeQuery("select c.id, co.organ_code from info_commission c join info_commission_organ co "
                + "on co.commission_id = c.id where co.status = 'OPEN' and c.deadline < ?1 order by c.id for update of co")
                .setParameter(1, today).getResultList()) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            String organ = (String) c[1];
            Commission commission = em.find(Commission.class, id);
            em.createNativeQuery("update info_commission_organ set status = 'MISSED' where commission_id = ?1 and organ_code = ?2")
                    .setParameter(1, id).setParameter(2, organ).executeUpdate();
            InfoRules.Versioned inForce = rules.inForce(commission.year());
            ledger.settle(Scoring.commissionMissed(id, commission.topic(), commission.deadline(), organ, inForce.rules()),
                    inForce.version());
            audit.record(actor, organ, "INFO_COMMISSION", Long.toString(id), "INFO_COMMISSION_MISSED",
                    "约稿《" + commission.topic() + "》逾期未报（截止" + commission.deadline() + "）");
            marked++;
        }
        return marked;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ScoreLedger.ZONE));
    }
}
