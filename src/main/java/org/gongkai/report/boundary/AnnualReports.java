package org.gongkai.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Role;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.catalogue.boundary.CatalogueStatistics;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.report.control.ReportJson;
import org.gongkai.report.control.ReportTables;
import org.gongkai.report.control.RequestTable;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.CaseKind;
import org.gongkai.report.entity.CaseResult;
import org.gongkai.report.entity.LitigationCase;
import org.gongkai.report.entity.Mismatch;
import org.gongkai.report.entity.ReportSection;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.ReportTexts;
import org.gongkai.report.entity.TallyGroup;
import org.gongkai.request.boundary.RequestStatistics;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewSubmission;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annual report (政府信息公开工作年度报告, Art. 49-50 of the OGI Regulations) of an organ or of
 * the whole government: generated on demand from the counts of the features that own the data,
 * reconciled, written and entered by officers, frozen and sent to the confidentiality review.
 * Officers and leaders see their own organ's report (another organ's is unknown, 404);
 * administrators see every organ's and the whole government's ({@link #WHOLE_GOVERNMENT}).
 */
@Stateless
public class AnnualReports {

    public static final String ITEM_TYPE = "ANNUAL_REPORT";
    /** The organ parameter that asks for all organs summed. */
    public static final String WHOLE_GOVERNMENT = "ALL";
    /** The requests listed behind one mismatch at most. */
    static final int REQUESTS_PER_MISMATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Organs organs;

    @Inject
    RequestStatistics requestStatistics;

    @Inject
    CatalogueStatistics catalogueStatistics;

    @Inject
    ReviewTasks reviewTasks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The organ a caller may see: null or blank is the caller's own; {@link #WHOLE_GOVERNMENT} is all
     * organs (returned as null) for administrators; another organ only for administrators.
     */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public String scope(String organ) {
        boolean admin = currentStaff.hasRole(Role.ADMIN);
        String own = currentStaff.get().organ().code();
        if (organ == null || organ.isBlank()) {
            return own;
        }
        if (WHOLE_GOVERNMENT.equals(organ)) {
            if (!admin) {
                throw new UnknownItemException("not_found");
            }
            return null;
        }
        if (!organ.equals(own) && (!admin || organs.find(organ).isEmpty())) {
            throw new UnknownItemException("not_found");
        }
        return organ;
    }

    /** The report as of now; for the current year, the requests still open count as carried into next year. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public AnnualReportData generate(int year, String organ) {
        checkYear(year);
        String organCode = scope(organ);
        return compose(year, organCode);
    }

    private AnnualReportData compose(int year, String organCode) {
        List<TallyGroup> groups = requestStatistics.annualTally(year, organCode).stream()
                .map(t -> new TallyGroup(t.intake(), t.disposal(), t.row(), t.column(), t.outcome(), t.reason(), t.count()))
                .toList();
        ReportTable requests = RequestTable.build(groups);
        List<Mismatch> mismatches = new ArrayList<>();
        for (Mismatch mismatch : RequestTable.reconcile(groups)) {
            Set<String> codes = new LinkedHashSet<>();
            for (TallyGroup group : mismatch.groups()) {
                requestStatistics.behind(year, organCode, new RequestStatistics.AnnualTally(group.intake(), group.disposal(),
                                group.row(), group.column(), group.outcome(), group.reason(), group.count()), REQUESTS_PER_MISMATCH)
                        .forEach(r -> codes.add(r.trackingCode()));
            }
            mismatches.add(mismatch.withRequests(List.copyOf(codes)));
        }
        ReportTexts texts = organCode == null ? summedTexts(year) : texts(year, organCode);
        long[] rules = new long[3];
        long[] normative = new long[3];
        for (CatalogueStatistics.DocumentCounts counts : catalogueStatistics.documents(year, organCode)) {
            long[] target = "RULE".equals(counts.kind()) ? rules : normative;
            target[0] = counts.issued();
            target[1] = counts.annulled();
            target[2] = counts.inForce();
        }
        List<ReportSection> sections = List.of(
                new ReportSection("一", "一、总体情况", texts.overview(), null),
                new ReportSection("二", "二、主动公开政府信息情况", "", ReportTables.proactive(rules, normative, texts)),
                new ReportSection("三", "三、收到和处理政府信息公开申请情况", "", requests),
                new ReportSection("四", "四、政府信息公开行政复议、行政诉讼情况", "",
                        ReportTables.remedies(cases(year, organCode), year)),
                new ReportSection("五", "五、存在的主要问题及改进情况", texts.problems(), null),
                new ReportSection("六", "六、其他需要报告的事项", texts.otherMatters(), null));
        String name = organCode == null ? "全市各机关" : organs.find(organCode).map(o -> o.name()).orElse(organCode);
        return new AnnualReportData(year, organCode, name, clock.instant(), sections, mismatches);
    }

    /** The officers' texts and figures of the organ's report of the year (empty until written). */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public ReportTexts texts(int year, String organ) {
        String organCode = scope(organ);
        if (organCode == null) {
            return summedTexts(year);
        }
        List<?> rows = em.createNativeQuery("select overview, problems, other_matters, licensing, penalties, enforcement, fees_wan"
                        + " from annual_report where organ_code = ?1 and year = ?2")
                .setParameter(1, organCode).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            return ReportTexts.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return new ReportTexts((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), new BigDecimal(r[6].toString()));
    }

    /** The whole government's figures are the organs' figures summed; its texts are written separately. */
    private ReportTexts summedTexts(int year) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(licensing), 0), coalesce(sum(penalties), 0),"
                        + " coalesce(sum(enforcement), 0), coalesce(sum(fees_wan), 0) from annual_report where year = ?1")
                .setParameter(1, year).getSingleResult();
        return new ReportTexts("", "", "", ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), new BigDecimal(r[3].toString()));
    }

    /** Saves sections 一, 五, 六 and section 二's entered figures of the officer's own organ. */
    @RolesAllowed("OFFICER")
    public void saveTexts(int year, ReportTexts texts) {
        checkYear(year);
        String organCode = currentStaff.get().organ().code();
        if (texts.licensing() < 0 || texts.penalties() < 0 || texts.enforcement() < 0
                || texts.feesWan() == null || texts.feesWan().signum() < 0) {
            throw new InvalidInputException("invalid_input", Map.of("figures", "数量和金额不能为负数"));
        }
        em.createNativeQuery("insert into annual_report (organ_code, year, overview, problems, other_matters, licensing,"
                        + " penalties, enforcement, fees_wan, updated_by, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                        + " on conflict (organ_code, year) do update set overview = excluded.overview, problems = excluded.problems,"
                        + " other_matters = excluded.other_matters, licensing = excluded.licensing, penalties = excluded.penalties,"
                        + " enforcement = excluded.enforcement, fees_wan = excluded.fees_wan, updated_by = excluded.updated_by,"
                        + " updated_at = excluded.updated_at, lock_version = annual_report.lock_version + 1")
                .setParameter(1, organCode).setParameter(2, year)
                .setParameter(3, limit(texts.overview())).setParameter(4, limit(texts.problems()))
                .setParameter(5, limit(texts.otherMatters())).setParameter(6, texts.licensing())
                .setParameter(7, texts.penalties()).setParameter(8, texts.enforcement()).setParameter(9, texts.feesWan())
                .setParameter(10, currentStaff.username()).setParameter(11, Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record(currentStaff.username(), organCode, ITEM_TYPE, organCode + "/" + year, "ANNUAL_REPORT_EDITED",
                year + "年度报告的文字和填报数据已保存");
    }

    private static String limit(String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > 20000) {
            throw new InvalidInputException("invalid_input", Map.of("text", "每部分不超过20000字"));
        }
        return value;
    }

    /**
     * The drafts offered for sections 一, 五 and 六, with the year's figures filled in; the officer
     * edits them before saving.
     */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public Map<String, String> drafts(int year, String organ) {
        AnnualReportData data = generate(year, organ);
        ReportTable requests = data.section("三").table();
        long received = requests.row("NEW").cells().get("总计").longValue();
        long carried = requests.row("CARRIED").cells().get("总计").longValue();
        long closed = requests.row("TOTAL").cells().get("总计").longValue();
        long next = requests.row("NEXT").cells().get("总计").longValue();
        long granted = requests.row("GRANTED").cells().get("总计").longValue();
        ReportTable remedies = data.section("四").table();
        long cases = remedies.rows().stream().mapToLong(r -> r.cells().get("总计").longValue()).sum();
        String overview = year + "年，" + data.organName() + "认真贯彻落实《中华人民共和国政府信息公开条例》，"
                + "坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。全年新收政府信息公开申请" + received
                + "件，上年结转" + carried + "件，办结" + closed + "件（其中予以公开" + granted + "件），结转下年度继续办理"
                + next + "件；因政府信息公开引起行政复议、行政诉讼" + cases + "件。";
        String problems = "一是部分申请答复的说理仍需加强；二是主动公开的及时性有待提高。下一步，将加强业务培训，"
                + "完善依申请公开办理流程，提升政府信息公开工作质量。";
        String other = "本机关" + year + "年" + (data.section("二").table().row("FEES").cells().get(ReportTables.AMOUNT)
                .doubleValue() == 0 ? "未" : "依法") + "收取信息处理费。无其他需要报告的事项。";
        return Map.of("一", overview, "五", problems, "六", other);
    }

    /** The cases filed in the year about the organ's (or all organs') requests. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public List<LitigationCase> casesOf(int year, String organ) {
        return cases(year, scope(organ));
    }

    private List<LitigationCase> cases(int year, String organCode) {
        jakarta.persistence.Query query = em.createNativeQuery("select id, organ_code, request_code, kind, filed_on, result,"
                        + " decided_on, recorded_by from annual_report_case where filed_on between ?1 and ?2"
                        + (organCode == null ? "" : " and organ_code = ?3") + " order by filed_on, id")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31));
        if (organCode != null) {
            query.setParameter(3, organCode);
        }
        List<?> rows = query.getResultList();
        List<LitigationCase> cases = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            cases.add(new LitigationCase(((Number) r[0]).longValue(), (String) r[1], (String) r[2], CaseKind.valueOf((String) r[3]),
                    date(r[4]), CaseResult.valueOf((String) r[5]), date(r[6]), (String) r[7]));
        }
        return cases;
    }

    /** Records a reconsideration or lawsuit against one of the organ's requests (section 四). */
    @RolesAllowed("OFFICER")
    public long recordCase(@Valid CaseCommand command) {
        String organCode = currentStaff.get().organ().code();
        if (!requestStatistics.isRequestOf(command.request, organCode)) {
            throw new InvalidInputException("invalid_input", Map.of("request", "本机关没有该申请编号"));
        }
        LocalDate today = LocalDate.now(clock);
        if (command.filedOn.isAfter(today)) {
            throw new InvalidInputException("invalid_input", Map.of("filedOn", "不能晚于今天"));
        }
        boolean pending = command.result == CaseResult.PENDING;
        if (pending != (command.decidedOn == null)
                || (command.decidedOn != null && (command.decidedOn.isBefore(command.filedOn) || command.decidedOn.isAfter(today)))) {
            throw new InvalidInputException("invalid_input", Map.of("decidedOn", "已审结的须填写审结日期（不早于立案日期、不晚于今天），尚未审结的不填"));
        }
        Number id = (Number) em.createNativeQuery("insert into annual_report_case (organ_code, request_code, kind, filed_on,"
                        + " result, decided_on, recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), ?7, ?8) returning id")
                .setParameter(1, organCode).setParameter(2, command.request).setParameter(3, command.kind.name())
                .setParameter(4, command.filedOn).setParameter(5, command.result.name()).setParameter(6, command.decidedOn)
                .setParameter(7, currentStaff.username()).setParameter(8, Timestamp.from(clock.instant()))
                .getSingleResult();
        audit.record(currentStaff.username(), organCode, ITEM_TYPE, "case/" + id, "REMEDY_CASE_RECORDED",
                command.kind.label() + "，申请 " + command.request + "，" + command.result.label());
        return id.longValue();
    }

    /**
     * Freezes the organ's report of a past year and sends it to the confidentiality review. Refused
     * (409) while the reconciliation finds a mismatch or while the year is still running.
     */
    /** The version sent to the review and its review task. */
    public record Submitted(long versionId, long reviewTaskId) {
    }

    @RolesAllowed("OFFICER")
    public Submitted submit(int year) {
        String organCode = currentStaff.get().organ().code();
        if (year >= LocalDate.now(clock).getYear()) {
            throw new StateConflictException("report_year_running");
        }
        checkYear(year);
        AnnualReportData data = compose(year, organCode);
        if (!data.reconciled()) {
            throw new StateConflictException("report_unreconciled");
        }
        em.createNativeQuery("insert into annual_report (organ_code, year) values (?1, ?2) on conflict do nothing")
                .setParameter(1, organCode).setParameter(2, year).executeUpdate();
        Number reportId = (Number) em.createNativeQuery("select id from annual_report where organ_code = ?1 and year = ?2 for update")
                .setParameter(1, organCode).setParameter(2, year).getSingleResult();
        em.createNativeQuery("update annual_report_version set state = 'RETURNED' where report_id = ?1 and state = 'IN_REVIEW'")
                .setParameter(1, reportId).executeUpdate();
        Object[] version = (Object[]) em.createNativeQuery("insert into annual_report_version (report_id, number, state, body,"
                        + " content_hash, submitted_by, submitted_at) values (?1, (select coalesce(max(number), 0) + 1"
                        + " from annual_report_version where report_id = ?1), 'IN_REVIEW', ?2, '', ?3, ?4) returning id, content_hash")
                .setParameter(1, reportId).setParameter(2, ReportJson.write(data).toString())
                .setParameter(3, currentStaff.username()).setParameter(4, Timestamp.from(clock.instant()))
                .getSingleResult();
        long versionId = ((Number) version[0]).longValue();
        var task = reviewTasks.submit(new ReviewSubmission(ITEM_TYPE, reportId.longValue(), versionId, organCode, data.title(),
                (String) version[1], plainText(data), false, currentStaff.username(), Set.of(currentStaff.username())));
        audit.record(currentStaff.username(), organCode, ITEM_TYPE, reportId.toString(), "ANNUAL_REPORT_SUBMITTED",
                data.title() + "已送保密审查");
        return new Submitted(versionId, task.id());
    }

    /** The report as text, for the review's scan and for the reviewer's reading. */
    public static String plainText(AnnualReportData data) {
        StringBuilder text = new StringBuilder(data.title()).append("\n\n");
        for (ReportSection section : data.sections()) {
            text.append(section.title()).append('\n');
            if (section.text() != null && !section.text().isBlank()) {
                text.append(section.text()).append('\n');
            }
            if (section.table() != null) {
                for (var row : section.table().rows()) {
                    text.append(row.group() == null ? "" : row.group() + " ").append(row.label()).append('：');
                    row.cells().forEach((column, value) -> text.append(column).append(' ').append(value).append('；'));
                    text.append('\n');
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** An approved, published report in the public column. */
    public record PublishedReport(String organCode, String organName, int year, java.time.LocalDate publishedOn) {
    }

    /** The published annual reports, newest year first. */
    @PermitAll
    public List<PublishedReport> published() {
        List<?> rows = em.createNativeQuery("select r.organ_code, o.name, r.year, r.published_on from annual_report r"
                + " join organ o on o.code = r.organ_code where r.published_version_id is not null"
                + " order by r.year desc, r.organ_code").getResultList();
        List<PublishedReport> reports = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            reports.add(new PublishedReport((String) r[0], (String) r[1], ((Number) r[2]).intValue(), date(r[3])));
        }
        return reports;
    }

    /** The approved version of an organ's report as published; 404 if none is. */
    @PermitAll
    public AnnualReportData publishedReport(String organCode, int year) {
        List<?> bodies = em.createNativeQuery("select v.body from annual_report r join annual_report_version v"
                        + " on v.id = r.published_version_id where r.organ_code = ?1 and r.year = ?2")
                .setParameter(1, organCode).setParameter(2, year).getResultList();
        if (bodies.isEmpty()) {
            throw new UnknownItemException("not_found");
        }
        return ReportJson.read((String) bodies.get(0));
    }

    /** Where the organ's report of the year stands: not submitted, in review, returned, published. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public String state(int year, String organ) {
        String organCode = scope(organ);
        if (organCode == null) {
            return "NONE";
        }
        List<?> rows = em.createNativeQuery("select (select v.state from annual_report_version v where v.report_id = r.id"
                        + " order by v.number desc limit 1), r.published_version_id from annual_report r"
                        + " where r.organ_code = ?1 and r.year = ?2")
                .setParameter(1, organCode).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            return "NONE";
        }
        Object[] r = (Object[]) rows.get(0);
        return r[0] == null ? "NONE" : (String) r[0];
    }

    private void checkYear(int year) {
        int current = LocalDate.now(clock).getYear();
        if (year < 2008 || year > current) {
            throw new InvalidInputException("invalid_input", Map.of("year", "年度须在2008年至" + current + "年之间"));
        }
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
