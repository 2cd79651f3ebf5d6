package org.gongkai.infowork.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.infowork.control.InfoPdf;
import org.gongkai.infowork.control.ScoringRules;
import org.gongkai.infowork.entity.UrgentFault;
import org.gongkai.platform.control.OfficialDates;
import org.gongkai.platform.entity.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rankings, the 通报 and the award candidates, all read from the ledger: a unit's points are the sum
 * of its ledger rows in the period; submitted and adopted count items (a joint item once for each
 * of its units), instructions count item-and-level pairs; completion = the year's points ÷ the
 * unit's target. Months are calendar months in Asia/Shanghai.
 */
@Stateless
@RolesAllowed({"INFO_EDITOR", "INFO_OFFICER", "LEADER"})
public class InfoScores {

    /** One line of the ranking. */
    public record Score(String organCode, String organName, BigDecimal points, long submitted, long adopted,
                        BigDecimal adoptionRate, long instructions, BigDecimal target, BigDecimal completion, int rank) {
    }

    /** An award candidate and why it is blocked, if it is. */
    public record Candidate(String organCode, String organName, BigDecimal points, int rank, boolean blocked,
                            List<String> reasons) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    InfoRules rules;

    @Inject
    InfoPublications publications;

    /** The ranking of every unit for a year, or one month of it, best first. */
    public List<Score> ranking(int year, Integer month) {
        check(year, month);
        LocalDate from = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        LocalDate to = month == null ? LocalDate.of(year, 12, 31) : from.withDayOfMonth(from.lengthOfMonth());
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select code, name from organ order by code").getResultList()) {
            Object[] c = (Object[]) row;
            names.put((String) c[0], (String) c[1]);
        }
        Map<String, BigDecimal> points = sums(month == null
                ? "select organ_code, sum(points) from info_ledger where year = ?1 group by organ_code"
                : "select organ_code, sum(points) from info_ledger where year = ?1 and month = ?2 group by organ_code", year, month);
        Map<String, Long> submitted = counts("select o, count(*) from (select organ_code o from info_item where year = ?1 "
                + (month == null ? "" : "and month = ?2 ") + "union all select j.organ_code from info_item i join info_item_joint j "
                + "on j.item_id = i.id where i.year = ?1 " + (month == null ? "" : "and i.month = ?2 ") + ") s group by o", year, month);
        Map<String, Long> adopted = countsBetween("select o, count(*) from (select organ_code o from info_item where adopted_on between ?1 and ?2 "
                + "union all select j.organ_code from info_item i join info_item_joint j on j.item_id = i.id "
                + "where i.adopted_on between ?1 and ?2) s group by o", from, to);
        Map<String, Long> instructions = countsBetween("select o, count(*) from (select i.organ_code o, n.item_id, n.level from info_instruction n "
                + "join info_item i on i.id = n.item_id where n.given_on between ?1 and ?2 group by i.organ_code, n.item_id, n.level "
                + "union all select j.organ_code, n.item_id, n.level from info_instruction n join info_item_joint j on j.item_id = n.item_id "
                + "where n.given_on between ?1 and ?2 group by j.organ_code, n.item_id, n.level) s group by o", from, to);
        Map<String, BigDecimal> yearPoints = month == null ? points
                : sums("select organ_code, sum(points) from info_ledger where year = ?1 group by organ_code", year, null);
        ScoringRules scoring = rules.inForce(year).rules();
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, String> organ : names.entrySet()) {
            String code = organ.getKey();
            BigDecimal own = points.getOrDefault(code, BigDecimal.ZERO.setScale(2));
            long sent = submitted.getOrDefault(code, 0L);
            long taken = adopted.getOrDefault(code, 0L);
            BigDecimal target = scoring.target(code);
            BigDecimal completion = target == null ? null
                    : yearPoints.getOrDefault(code, BigDecimal.ZERO).divide(target, 4, RoundingMode.HALF_UP);
            BigDecimal rate = sent == 0 ? null : BigDecimal.valueOf(taken).divide(BigDecimal.valueOf(sent), 4, RoundingMode.HALF_UP);
            scores.add(new Score(code, organ.getValue(), own, sent, taken, rate, instructions.getOrDefault(code, 0L), target,
                    completion, 0));
        }
        scores.sort(Comparator.comparing(Score::points).reversed().thenComparing(Score::adopted, Comparator.reverseOrder())
                .thenComparing(Score::organCode));
        List<Score> ranked = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (previous == null || s.points().compareTo(previous) != 0) {
                rank = i + 1;
                previous = s.points();
            }
            ranked.add(new Score(s.organCode(), s.organName(), s.points(), s.submitted(), s.adopted(), s.adoptionRate(),
                    s.instructions(), s.target(), s.completion(), rank));
        }
        return ranked;
    }

    /** The year's award candidates by points, each unit blocked by an urgent-information fault the rules name or by missed commissions. */
    @RolesAllowed({"INFO_EDITOR", "LEADER"})
    public List<Candidate> awards(int year) {
        List<Score> ranking = ranking(year, null);
        ScoringRules scoring = rules.inForce(year).rules();
        Map<String, List<String>> reasons = new HashMap<>();
        for (Object row : em.createNativeQuery("select organ_code, fault_kind, incident_id, reason from info_urgent_fault "
                + "where year = ?1 order by recorded_at").setParameter(1, year).getResultList()) {
            Object[] f = (Object[]) row;
            UrgentFault fault = UrgentFault.valueOf((String) f[1]);
            if (scoring.blocksAward().contains(fault)) {
                reasons.computeIfAbsent((String) f[0], k -> new ArrayList<>())
                        .add("紧急信息" + fault.label() + "（事件" + f[2] + "）：" + f[3]);
            }
        }
        if (scoring.missedCommissionsBlockAward() > 0) {
            for (Object row : em.createNativeQuery("select co.organ_code, count(*) from info_commission_organ co join info_commission c "
                    + "on c.id = co.commission_id where c.year = ?1 and co.status = 'MISSED' group by co.organ_code having count(*) >= ?2")
                    .setParameter(1, year).setParameter(2, scoring.missedCommissionsBlockAward()).getResultList()) {
                Object[] c = (Object[]) row;
                reasons.computeIfAbsent((String) c[0], k -> new ArrayList<>()).add("约稿逾期未报" + c[1] + "次");
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Score score : ranking) {
            List<String> why = reasons.getOrDefault(score.organCode(), List.of());
            if (score.points().signum() != 0 || score.submitted() > 0 || !why.isEmpty()) {
                candidates.add(new Candidate(score.organCode(), score.organName(), score.points(), score.rank(), !why.isEmpty(), why));
            }
        }
        return candidates;
    }

    /** The 通报 of a year or month as a PDF: ranking, adoptions by level, instructions, urgent faults, commissions. */
    @RolesAllowed({"INFO_EDITOR", "LEADER"})
    public byte[] bulletin(int year, Integer month) {
        List<Score> ranking = ranking(year, month);
        LocalDate from = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        LocalDate to = month == null ? LocalDate.of(year, 12, 31) : from.withDayOfMonth(from.lengthOfMonth());
        String period = year + "年" + (month == null ? "" : month + "月");
        List<InfoPdf.Section> sections = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("名次", "单位", "得分", "报送", "采用", "采用率", "批示", "完成率"));
        for (Score s : ranking) {
            if (s.points().signum() == 0 && s.submitted() == 0) {
                continue;
            }
            table.add(List.of(Integer.toString(s.rank()), s.organName(), s.points().toPlainString(), Long.toString(s.submitted()),
                    Long.toString(s.adopted()), percent(s.adoptionRate()), Long.toString(s.instructions()), percent(s.completion())));
        }
        sections.add(InfoPdf.Section.table("一、各单位得分排名", new float[]{0.6f, 3f, 1f, 0.8f, 0.8f, 1f, 0.8f, 1f}, table));
        List<List<String>> levels = new ArrayList<>();
        levels.add(List.of("单位", "本级刊物采用", "市级", "省级", "国家级"));
        for (Object row : em.createNativeQuery("select o.name, "
                + "(select count(*) from info_item i where i.organ_code = o.code and i.adopted_on between ?1 and ?2), "
                + "(select count(*) from info_upward u join info_item i on i.id = u.item_id join info_publication p on p.code = u.publication_code "
                + " where i.organ_code = o.code and p.level = 'CITY' and u.adopted_on between ?1 and ?2), "
                + "(select count(*) from info_upward u join info_item i on i.id = u.item_id join info_publication p on p.code = u.publication_code "
                + " where i.organ_code = o.code and p.level = 'PROVINCE' and u.adopted_on between ?1 and ?2), "
                + "(select count(*) from info_upward u join info_item i on i.id = u.item_id join info_publication p on p.code = u.publication_code "
                + " where i.organ_code = o.code and p.level = 'STATE' and u.adopted_on between ?1 and ?2) "
                + "from organ o order by o.code").setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] c = (Object[]) row;
            long total = ((Number) c[1]).longValue() + ((Number) c[2]).longValue() + ((Number) c[3]).longValue() + ((Number) c[4]).longValue();
            if (total > 0) {
                levels.add(List.of((String) c[0], c[1].toString(), c[2].toString(), c[3].toString(), c[4].toString()));
            }
        }
        sections.add(InfoPdf.Section.table("二、信息采用情况（按刊物级别）", new float[]{3f, 1.2f, 1f, 1f, 1f}, levels));
        List<List<String>> instructions = new ArrayList<>();
        instructions.add(List.of("信息", "单位", "批示领导", "级别", "日期", "反馈"));
        LocalDate today = LocalDate.now(clock.withZone(ScoreLedger.ZONE));
        for (Object row : em.createNativeQuery("select coalesce(i.adopted_title, i.title), o.name, n.leader, n.level, n.given_on, "
                + "n.feedback is not null, n.feedback_due from info_instruction n join info_item i on i.id = n.item_id join organ o on o.code = i.organ_code "
                + "where n.given_on between ?1 and ?2 order by n.given_on, n.id limit 500").setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate due = c[6] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) c[6];
            instructions.add(List.of((String) c[0], (String) c[1], (String) c[2],
                    org.gongkai.infowork.entity.Level.valueOf((String) c[3]).label(), c[4].toString(),
                    Boolean.TRUE.equals(c[5]) ? "已反馈" : today.isAfter(due) ? "逾期未反馈" : "待反馈"));
        }
        sections.add(InfoPdf.Section.table("三、领导批示情况", new float[]{3f, 2f, 1.2f, 0.8f, 1.2f, 1f}, instructions));
        List<List<String>> faults = new ArrayList<>();
        faults.add(List.of("单位", "类别", "事件", "情况"));
        for (Object row : em.createNativeQuery("select o.name, f.fault_kind, f.incident_id, f.reason from info_urgent_fault f "
                + "join organ o on o.code = f.organ_code where f.year = ?1 and f.recorded_at >= ?2 and f.recorded_at < ?3 order by f.recorded_at")
                .setParameter(1, year).setParameter(2, java.sql.Timestamp.from(from.atStartOfDay(ScoreLedger.ZONE).toInstant()))
                .setParameter(3, java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ScoreLedger.ZONE).toInstant())).getResultList()) {
            Object[] c = (Object[]) row;
            faults.add(List.of((String) c[0], UrgentFault.valueOf((String) c[1]).label(), c[2].toString(), (String) c[3]));
        }
        sections.add(faults.size() > 1 ? InfoPdf.Section.table("四、紧急信息迟报、漏报、瞒报、误报情况", new float[]{2f, 0.8f, 0.8f, 4f}, faults)
                : InfoPdf.Section.text("四、紧急信息迟报、漏报、瞒报、误报情况", List.of("本期无。")));
        List<List<String>> commissions = new ArrayList<>();
        commissions.add(List.of("约稿主题", "截止日期", "已报送", "逾期未报单位"));
        for (Object row : em.createNativeQuery("select c.topic, c.deadline, "
                + "(select count(*) from info_commission_organ co where co.commission_id = c.id and co.status = 'ANSWERED'), "
                + "(select string_agg(o.name, '、' order by o.code) from info_commission_organ co join organ o on o.code = co.organ_code "
                + " where co.commission_id = c.id and co.status = 'MISSED') "
                + "from info_commission c where c.deadline between ?1 and ?2 order by c.deadline, c.id")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] c = (Object[]) row;
            commissions.add(List.of((String) c[0], c[1].toString(), c[2].toString(), c[3] == null ? "无" : (String) c[3]));
        }
        sections.add(commissions.size() > 1 ? InfoPdf.Section.table("五、约稿完成情况", new float[]{3f, 1.2f, 0.8f, 3f}, commissions)
                : InfoPdf.Section.text("五、约稿完成情况", List.of("本期无约稿。")));
        String office = currentStaff.get().organ().name();
        return InfoPdf.render(new InfoPdf.Bulletin("政务信息工作通报", period, office, OfficialDates.chinese(today),
                "关于" + period + "政务信息工作情况的通报", sections, List.of("报送：市政府领导", "抄送：各乡镇、各部门")));
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private void check(int year, Integer month) {
        if (year < 2000 || year > 2100 || (month != null && (month < 1 || month > 12))) {
            throw new InvalidInputException("invalid_input", Map.of(month != null && (month < 1 || month > 12) ? "month" : "year",
                    "年度须在2000至2100之间，月份须为1至12"));
        }
    }

    private Map<String, BigDecimal> sums(String sql, int year, Integer month) {
        var query = em.createNativeQuery(sql).setParameter(1, year);
        if (month != null) {
            query.setParameter(2, month);
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            sums.put((String) c[0], (BigDecimal) c[1]);
        }
        return sums;
    }

    private Map<String, Long> counts(String sql, int year, Integer month) {
        var query = em.createNativeQuery(sql).setParameter(1, year);
        if (month != null) {
            query.setParameter(2, month);
        }
        return toCounts(query.getResultList());
    }

    private Map<String, Long> countsBetween(String sql, LocalDate from, LocalDate to) {
        return toCounts(em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList());
    }

    private static Map<String, Long> toCounts(List<?> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.put((String) c[0], ((Number) c[1]).longValue());
        }
        return counts;
    }

    /** The issue PDF (红头 masthead, 第N期, the office, the date, the items with their units, the footer). */
    @RolesAllowed({"INFO_EDITOR", "LEADER"})
    public byte[] issuePdf(long id) {
        return issuePdf(publications.issue(id));
    }

    /** The PDF of a published issue (the caller has checked that it is published). */
    public static byte[] publicPdf(InfoPublications.Compiled compiled) {
        return issuePdf(compiled);
    }

    static byte[] issuePdf(InfoPublications.Compiled compiled) {
        List<InfoPdf.Section> sections = new ArrayList<>();
        for (var item : compiled.items()) {
            List<String> paragraphs = new ArrayList<>(List.of(item.adoptedBody().split("\\R+")));
            paragraphs.add("（" + org.gongkai.infowork.control.IssueText.units(item, compiled.organNames()) + "）");
            sections.add(InfoPdf.Section.text(item.adoptedTitle(), paragraphs));
        }
        var issue = compiled.issue();
        return InfoPdf.render(new InfoPdf.Bulletin(compiled.publication().name(), issue.year() + "年第" + issue.number() + "期",
                compiled.organName(), OfficialDates.chinese(issue.issuedOn()), null, sections,
                List.of("报送：市委办公室、市政府办公室", "抄送：各乡镇人民政府、各部门", compiled.organName() + "　　"
                        + OfficialDates.chinese(issue.issuedOn()) + "印发")));
    }
}
