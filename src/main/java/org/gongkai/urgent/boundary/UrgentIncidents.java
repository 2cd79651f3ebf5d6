package org.gongkai.urgent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Role;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.urgent.control.UrgentClock;
import org.gongkai.urgent.control.UrgentDates;
import org.gongkai.urgent.entity.FaultKind;
import org.gongkai.urgent.entity.Grade;
import org.gongkai.urgent.entity.IncidentStatus;
import org.gongkai.urgent.entity.Origin;
import org.gongkai.urgent.entity.ReportKind;
import org.gongkai.urgent.entity.UrgentFault;
import org.gongkai.urgent.entity.UrgentFaultRecorded;
import org.gongkai.urgent.entity.UrgentIncident;
import org.gongkai.urgent.entity.UrgentInstruction;
import org.gongkai.urgent.entity.UrgentReport;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Urgent incidents: the unit's information officer (INFO_OFFICER, own organ only; another organ's
 * incident is 404) opens an incident and files its written reports; the office's information
 * section and duty desk (INFO_EDITOR, every organ) logs the phone report, records 漏报, 瞒报 and 误报
 * and the leaders' instructions. Each action is one transaction with one audit event; each fault
 * fires {@link UrgentFaultRecorded} in that transaction.
 */
@Stateless
public class UrgentIncidents {

    public static final String ITEM_TYPE = "URGENT_INCIDENT";

    static final int TITLE_MAX = 200;
    static final int LINE_MAX = 200;
    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 20_000;
    static final int REASON_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Organs organs;

    @Inject
    UrgentWindows windows;

    @Inject
    Event<UrgentFaultRecorded> faultRecorded;

    /** An incident with its standing at the moment of reading. */
    public record Standing(UrgentIncident incident, Long minutesLeft, boolean overdue, boolean late) {
    }

    /** An incident with everything recorded on it. */
    public record Detail(Standing standing, List<UrgentReport> reports, List<UrgentFault> faults,
                         List<UrgentInstruction> instructions) {
    }

    /** The unit opens an incident; its deadline is {@code learnedAt} plus the window of its grade now in force. */
    @RolesAllowed("INFO_OFFICER")
    public Standing open(UrgentCommands.Incident form) {
        Instant now = clock.instant();
        Map<String, String> problems = new LinkedHashMap<>();
        require(form, "incident");
        String title = text(problems, "title", form.title, TITLE_MAX, true);
        Grade grade = grade(problems, form.grade, true);
        String category = text(problems, "category", form.category, NAME_MAX, true);
        String place = text(problems, "place", form.place, LINE_MAX, true);
        String summary = text(problems, "summary", form.summary, TEXT_MAX, true);
        String casualties = text(problems, "casualties", form.casualties, TEXT_MAX, false);
        String measures = text(problems, "measures", form.measures, TEXT_MAX, false);
        String leaders = text(problems, "leadersOnSite", form.leadersOnSite, LINE_MAX, false);
        if (form.learnedAt == null) {
            problems.put("learnedAt", "必填");
        } else if (form.learnedAt.isAfter(now)) {
            problems.put("learnedAt", "获知时间不能晚于现在");
        }
        if (form.occurredAt == null) {
            problems.put("occurredAt", "必填");
        } else if (form.learnedAt != null && form.occurredAt.isAfter(form.learnedAt)) {
            problems.put("occurredAt", "发生时间不能晚于获知时间");
        }
        failOn(problems);
        String organ = currentStaff.get().organ().code();
        UrgentIncident incident = UrgentIncident.reported(organ,
                new UrgentIncident.Facts(title, grade, category, form.occurredAt, form.learnedAt, place, summary,
                        casualties, measures, leaders), clockFor(grade, form.learnedAt), now, currentStaff.username());
        em.persist(incident);
        em.flush();
        audit.record(currentStaff.username(), organ, ITEM_TYPE, incident.id().toString(), "URGENT_OPENED",
                grade.label() + "：" + title + "；应于 " + UrgentDates.minute(incident.dueBy()) + " 前书面报送");
        return standing(incident, now);
    }

    /** The duty desk logs the phone report (who called, who took it, when; {@code at} defaults to now). */
    @RolesAllowed("INFO_EDITOR")
    public Standing logPhone(long id, UrgentCommands.Phone form) {
        Instant now = clock.instant();
        require(form, "phone");
        Map<String, String> problems = new LinkedHashMap<>();
        String caller = text(problems, "caller", form.caller, NAME_MAX, true);
        String receivedBy = text(problems, "receivedBy", form.receivedBy, NAME_MAX, true);
        Instant at = form.at == null ? now : form.at;
        if (at.isAfter(now)) {
            problems.put("at", "来电时间不能晚于现在");
        }
        failOn(problems);
        UrgentIncident incident = visible(id, true);
        if (at.isBefore(incident.learnedAt())) {
            throw new InvalidInputException("invalid_input", Map.of("at", "来电时间不能早于获知时间"));
        }
        incident.logPhone(at, caller, receivedBy, currentStaff.username());
        Integer late = UrgentClock.lateMinutes(incident.phoneDueBy(), at);
        audit.record(currentStaff.username(), incident.organCode(), ITEM_TYPE, incident.id().toString(),
                "URGENT_PHONE_LOGGED", "电话报告 " + UrgentDates.minute(at) + "，报告人 " + caller + "，接报人 " + receivedBy
                        + (late == null ? "" : "；超过电话报告时限 " + late + " 分钟"));
        return standing(incident, now);
    }

    /**
     * The written first report (初报), timed by the server. After the deadline it is late by its minutes
     * and the 迟报 is recorded by itself (not for an incident the office found itself, already a 漏报).
     */
    @RolesAllowed("INFO_OFFICER")
    public Standing fileWritten(long id, UrgentCommands.Written form) {
        Instant now = clock.instant();
        require(form, "written");
        Map<String, String> problems = new LinkedHashMap<>();
        String text = text(problems, "text", form.text, TEXT_MAX, true);
        String signer = text(problems, "signer", form.signer, NAME_MAX, true);
        failOn(problems);
        UrgentIncident incident = own(id);
        Integer late = incident.origin() == Origin.REPORTED ? UrgentClock.lateMinutes(incident.dueBy(), now) : null;
        incident.fileWritten(now, currentStaff.username(), signer, late);
        em.persist(new UrgentReport(incident.id(), ReportKind.FIRST, text, now, currentStaff.username()));
        audit.record(currentStaff.username(), incident.organCode(), ITEM_TYPE, incident.id().toString(),
                "URGENT_WRITTEN", "书面初报，签发人 " + signer + (late == null ? "，按时报送" : "，迟报 " + late + " 分钟"));
        if (late != null) {
            recordFault(incident, FaultKind.LATE, "书面报告超过时限 " + late + " 分钟（应于 "
                    + UrgentDates.minute(incident.dueBy()) + " 前报送，实际 " + UrgentDates.minute(now) + "）", late, now);
        }
        return standing(incident, now);
    }

    /** A follow-up report (续报) while the incident develops. */
    @RolesAllowed("INFO_OFFICER")
    public UrgentReport fileUpdate(long id, UrgentCommands.Written form) {
        return followUp(id, form, ReportKind.UPDATE);
    }

    /** The final report (终报): closes the incident. */
    @RolesAllowed("INFO_OFFICER")
    public UrgentReport fileFinal(long id, UrgentCommands.Written form) {
        return followUp(id, form, ReportKind.FINAL);
    }

    private UrgentReport followUp(long id, UrgentCommands.Written form, ReportKind kind) {
        Instant now = clock.instant();
        require(form, "written");
        Map<String, String> problems = new LinkedHashMap<>();
        String text = text(problems, "text", form.text, TEXT_MAX, true);
        failOn(problems);
        UrgentIncident incident = own(id);
        if (kind == ReportKind.FINAL) {
            incident.close(now);
        } else {
            incident.requireUpdatable();
        }
        UrgentReport report = new UrgentReport(incident.id(), kind, text, now, currentStaff.username());
        em.persist(report);
        audit.record(currentStaff.username(), incident.organCode(), ITEM_TYPE, incident.id().toString(),
                kind == ReportKind.FINAL ? "URGENT_FINAL" : "URGENT_UPDATE", kind.label());
        return report;
    }

    /** The office records an incident it learned of elsewhere (漏报), with the source; the fault is recorded at once. */
    @RolesAllowed("INFO_EDITOR")
    public Standing recordMissed(UrgentCommands.Missed form) {
        Instant now = clock.instant();
        require(form, "missed");
        Map<String, String> problems = new LinkedHashMap<>();
        String title = text(problems, "title", form.title, TITLE_MAX, true);
        String source = text(problems, "source", form.source, 500, true);
        Grade grade = grade(problems, form.grade, false);
        if (form.organ == null || form.organ.isBlank()) {
            problems.put("organ", "必填");
        } else if (organs.find(form.organ.strip()).isEmpty()) {
            problems.put("organ", "没有该机关");
        }
        if (form.learnedAt == null) {
            problems.put("learnedAt", "必填");
        } else if (form.learnedAt.isAfter(now)) {
            problems.put("learnedAt", "获知时间不能晚于现在");
        }
        failOn(problems);
        String organ = form.organ.strip();
        UrgentIncident incident = UrgentIncident.missed(organ,
                new UrgentIncident.Facts(title, grade, null, null, form.learnedAt, null, null, null, null, null),
                source, clockFor(grade == null ? Grade.GENERAL : grade, form.learnedAt), now, currentStaff.username());
        em.persist(incident);
        em.flush();
        audit.record(currentStaff.username(), organ, ITEM_TYPE, incident.id().toString(), "URGENT_MISSED",
                "漏报：" + title + "；信息来源 " + source);
        recordFault(incident, FaultKind.MISSED, "本单位未报告，办公室从其他渠道获知（" + source + "）", null, now);
        return standing(incident, now);
    }

    /** The office finds an incident concealed (瞒报) or falsely reported (误报), with its reason. */
    @RolesAllowed("INFO_EDITOR")
    public UrgentFault recordFinding(long id, UrgentCommands.Finding form) {
        Instant now = clock.instant();
        require(form, "finding");
        Map<String, String> problems = new LinkedHashMap<>();
        FaultKind kind = null;
        if (form.kind == null || form.kind.isBlank()) {
            problems.put("kind", "必填");
        } else {
            try {
                kind = FaultKind.valueOf(form.kind.strip());
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind != FaultKind.CONCEALED && kind != FaultKind.FALSE) {
                problems.put("kind", "须为 CONCEALED（瞒报）或 FALSE（误报）");
            }
        }
        String reason = text(problems, "reason", form.reason, REASON_MAX, true);
        failOn(problems);
        UrgentIncident incident = visible(id, true);
        UrgentFault fault = recordFault(incident, kind, reason, null, now);
        audit.record(currentStaff.username(), incident.organCode(), ITEM_TYPE, incident.id().toString(),
                "URGENT_FINDING", kind.label() + "：" + reason);
        return fault;
    }

    private UrgentFault recordFault(UrgentIncident incident, FaultKind kind, String reason, Integer lateMinutes,
                                    Instant now) {
        long existing = em.createNamedQuery(UrgentFault.OF_INCIDENT_KIND, Long.class)
                .setParameter("incident", incident.id()).setParameter("kind", kind).getSingleResult();
        if (existing > 0) {
            throw new StateConflictException("urgent_fault_recorded");
        }
        UrgentFault fault = new UrgentFault(incident.id(), incident.organCode(),
                UrgentClock.yearOf(incident.learnedAt()), kind, reason, lateMinutes, now, currentStaff.username());
        em.persist(fault);
        em.flush();
        faultRecorded.fire(fault.event());
        return fault;
    }

    /** A leader's instruction on the incident, which goes back to the unit with a feedback date. */
    @RolesAllowed("INFO_EDITOR")
    public UrgentInstruction recordInstruction(long id, UrgentCommands.Instruction form) {
        Instant now = clock.instant();
        require(form, "instruction");
        Map<String, String> problems = new LinkedHashMap<>();
        String leader = text(problems, "leader", form.leader, NAME_MAX, true);
        String text = text(problems, "text", form.text, 4000, true);
        java.time.LocalDate today = now.atZone(UrgentClock.BEIJING).toLocalDate();
        java.time.LocalDate givenOn = form.givenOn == null ? today : form.givenOn;
        if (givenOn.isAfter(today)) {
            problems.put("givenOn", "批示日期不能晚于今天");
        }
        if (form.feedbackDue == null) {
            problems.put("feedbackDue", "必填");
        } else if (form.feedbackDue.isBefore(givenOn)) {
            problems.put("feedbackDue", "反馈期限不能早于批示日期");
        }
        failOn(problems);
        UrgentIncident incident = visible(id, true);
        UrgentInstruction instruction = new UrgentInstruction(incident.id(), leader, text, givenOn, form.feedbackDue,
                now, currentStaff.username());
        em.persist(instruction);
        em.flush();
        audit.record(currentStaff.username(), incident.organCode(), ITEM_TYPE, incident.id().toString(),
                "URGENT_INSTRUCTION", leader + " 批示，反馈期限 " + form.feedbackDue);
        return instruction;
    }

    /** The unit's feedback on an instruction. */
    @RolesAllowed("INFO_OFFICER")
    public UrgentInstruction giveFeedback(long id, long instructionId, UrgentCommands.Feedback form) {
        Instant now = clock.instant();
        require(form, "feedback");
        Map<String, String> problems = new LinkedHashMap<>();
        String text = text(problems, "text", form.text, TEXT_MAX, true);
        failOn(problems);
        UrgentIncident incident = own(id);
        UrgentInstruction instruction = em.find(UrgentInstruction.class, instructionId, LockModeType.PESSIMISTIC_WRITE);
        if (instruction == null || instruction.incidentId() != incident.id()) {
            throw new UnknownItemException("urgent_instruction_unknown");
        }
        instruction.answer(text, now, currentStaff.username());
        audit.record(currentStaff.username(), incident.organCode(), ITEM_TYPE, incident.id().toString(),
                "URGENT_FEEDBACK", "对 " + instruction.leader() + " 批示的落实情况已反馈");
        return instruction;
    }

    /** Incidents the caller may see (the office: all; a unit: its own), open ones only if asked, by deadline. */
    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER"})
    public List<Standing> list(boolean openOnly) {
        Instant now = clock.instant();
        String organ = seesAll() ? null : currentStaff.get().organ().code();
        StringBuilder jpql = new StringBuilder("select i from UrgentIncident i where 1 = 1");
        if (organ != null) {
            jpql.append(" and i.organCode = :organ");
        }
        if (openOnly) {
            jpql.append(" and i.status <> :closed");
        }
        jpql.append(" order by i.dueBy, i.id");
        TypedQuery<UrgentIncident> query = em.createQuery(jpql.toString(), UrgentIncident.class).setMaxResults(500);
        if (organ != null) {
            query.setParameter("organ", organ);
        }
        if (openOnly) {
            query.setParameter("closed", IncidentStatus.CLOSED);
        }
        return query.getResultList().stream().map(i -> standing(i, now)).toList();
    }

    /** One incident with its reports, faults and instructions. */
    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER"})
    public Detail detail(long id) {
        UrgentIncident incident = visible(id, false);
        return new Detail(standing(incident, clock.instant()),
                em.createNamedQuery(UrgentReport.OF_INCIDENT, UrgentReport.class).setParameter("incident", incident.id())
                        .getResultList(),
                em.createNamedQuery(UrgentFault.OF_INCIDENT, UrgentFault.class).setParameter("incident", incident.id())
                        .getResultList(),
                em.createNamedQuery(UrgentInstruction.OF_INCIDENT, UrgentInstruction.class)
                        .setParameter("incident", incident.id()).getResultList());
    }

    static Standing standing(UrgentIncident incident, Instant now) {
        boolean awaiting = incident.writtenAt() == null;
        Long left = awaiting ? UrgentClock.minutesLeft(incident.dueBy(), now) : null;
        boolean overdue = awaiting && now.isAfter(incident.dueBy());
        return new Standing(incident, left, overdue, overdue || incident.lateMinutes() != null);
    }

    private UrgentIncident.Clock clockFor(Grade grade, Instant learnedAt) {
        UrgentWindows.Current current = windows.read();
        int window = current.minutesOf(grade);
        int phone = current.phoneFirst();
        return new UrgentIncident.Clock(window, phone, UrgentClock.dueBy(learnedAt, window),
                UrgentClock.dueBy(learnedAt, phone));
    }

    private boolean seesAll() {
        return currentStaff.hasRole(Role.INFO_EDITOR);
    }

    /** An incident of the caller's own organ, locked for the change; another organ's is 404. */
    private UrgentIncident own(long id) {
        UrgentIncident incident = em.find(UrgentIncident.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (incident == null || !incident.organCode().equals(currentStaff.get().organ().code())) {
            throw new UnknownItemException("urgent_unknown");
        }
        return incident;
    }

    /** An incident the caller may see: the office every one, a unit its own; 404 otherwise. */
    private UrgentIncident visible(long id, boolean lock) {
        UrgentIncident incident = lock ? em.find(UrgentIncident.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(UrgentIncident.class, id);
        if (incident == null
                || (!seesAll() && !incident.organCode().equals(currentStaff.get().organ().code()))) {
            throw new UnknownItemException("urgent_unknown");
        }
        return incident;
    }

    static void require(Object form, String what) {
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of(what, "请求内容不能为空"));
        }
    }

    static void failOn(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
    }

    static String text(Map<String, String> problems, String field, String value, int max, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                problems.put(field, "必填");
            }
            return null;
        }
        if (stripped.length() > max) {
            problems.put(field, "不超过 " + max + " 字");
        }
        return stripped;
    }

    static Grade grade(Map<String, String> problems, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.put("grade", "必填");
            }
            return null;
        }
        try {
            return Grade.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            problems.put("grade", "须为 " + Arrays.stream(Grade.values()).map(Enum::name)
                    .collect(Collectors.joining("、")));
            return null;
        }
    }
}
