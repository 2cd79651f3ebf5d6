package org.gongkai.request.boundary;

import org.gongkai.platform.control.ClockProducer;
import org.gongkai.platform.control.OfficialDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.platform.entity.ForbiddenActionException;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.control.Fees;
import org.gongkai.request.control.LetterDraft;
import org.gongkai.request.control.ReplyLetters;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.control.Secrets;
import org.gongkai.request.control.SupplementationItems;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ExtensionState;
import org.gongkai.request.entity.FeeMethod;
import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;
import org.gongkai.request.entity.ReplyFile;
import org.gongkai.request.entity.ReplyLetter;
import org.gongkai.request.entity.RequestStatus;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewSubmission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officers' work on their organ's requests, each action one transaction with one recorded
 * event: the correction notice and the corrected application (Art. 30), third-party consultations
 * (Art. 32), the extension (Art. 33, decided by a leader), the fee (国办函〔2020〕109号) and the
 * reply letter, which goes to the confidentiality review (Art. 17) before it reaches the applicant.
 * A request of another organ is unknown (404), never "forbidden".
 */
@Stateless
@RolesAllowed("OFFICER")
public class RequestHandling {

    public static final String ITEM_TYPE = "DISCLOSURE_REQUEST";
    /** Recorded as the actor of what the applicant did online. */
    public static final String APPLICANT = "applicant";

    /** A drafted reply letter and the review task it went to. */
    public record Drafted(ReplyLetter reply, long reviewTaskId) {
    }
    static final int MAX_SUPPLEMENTATION_ITEMS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReplyFiles replyFiles;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    RequestDeadlines requestDeadlines;

    @Inject
    RequestNotices notices;

    @Inject
    ReviewTasks reviews;

    @Inject
    RequestDailyChecks dailyChecks;

    @Inject
    Supplements supplements;

    /** The request of the officer's organ with this tracking code; 404 otherwise. */
    public DisclosureRequest get(String code) {
        return own(code, false);
    }

    @RolesAllowed({"OFFICER", "LEADER"})
    public List<Consultation> consultationsOf(DisclosureRequest request) {
        return requestDeadlines.consultationsOf(request);
    }

    @RolesAllowed({"OFFICER", "LEADER"})
    public Deadline deadlineOf(DisclosureRequest request) {
        return requestDeadlines.deadline(request);
    }

    /** As {@link #deadlineOf(DisclosureRequest)}, with the request's consultations already read. */
    @RolesAllowed({"OFFICER", "LEADER"})
    public Deadline deadlineOf(DisclosureRequest request, List<Consultation> consultations) {
        return requestDeadlines.deadline(request, consultations);
    }

    @RolesAllowed({"OFFICER", "LEADER"})
    public ReplyPeriods periods() {
        return requestDeadlines.periods();
    }

    public List<ReplyLetter> repliesOf(DisclosureRequest request) {
        return em.createNamedQuery(ReplyLetter.OF_REQUEST, ReplyLetter.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    public List<AuditEvent> historyOf(DisclosureRequest request) {
        return audit.historyOf(ITEM_TYPE, request.id().toString());
    }

    public ReplyLetter reply(String code, int number) {
        DisclosureRequest request = own(code, false);
        return repliesOf(request).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new UnknownItemException("reply_unknown"));
    }

    /** The one correction notice (Art. 30): within 7 working days of receipt, everything at once, with a deadline. */
    public DisclosureRequest requestSupplementation(String code, StaffCommands.Supplementation form) {
        DisclosureRequest request = own(code, true);
        LocalDate today = today();
        LocalDate sentOn = form.sentOn == null ? today : form.sentOn;
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> items = form.items == null ? List.of()
                : form.items.stream().filter(item -> item != null && !item.isBlank()).map(String::strip).toList();
        if (items.isEmpty()) {
            problems.put("items", "请列明需要补正的全部事项（一次告知）");
        } else if (items.size() > MAX_SUPPLEMENTATION_ITEMS || items.stream().anyMatch(item -> item.length() > 500)) {
            problems.put("items", "补正事项最多30项，每项不超过500字");
        }
        checkDay(problems, "sentOn", sentOn, request.arrivedOn(ClockProducer.CHINA), today);
        if (form.deadline == null) {
            problems.put("deadline", "请填写补正期限");
        } else if (!form.deadline.isAfter(sentOn)) {
            problems.put("deadline", "补正期限应晚于发出补正通知之日");
        } else if (form.deadline.isAfter(sentOn.plusDays(60))) {
            problems.put("deadline", "补正期限不宜超过60日");
        }
        throwIfAny(problems);
        if (request.supplementationSentOn() != null) {
            throw new StateConflictException("supplementation_once");
        }
        requireStatus(request, RequestStatus.PROCESSING);
        LocalDate latest = requestDeadlines.periods().supplementationNoticeLatest(request.receivedOn());
        if (sentOn.isAfter(latest)) {
            throw new StateConflictException("supplementation_too_late", OfficialDates.chinese(latest));
        }
        request.requestSupplementation(SupplementationItems.toJson(items), sentOn, form.deadline);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            list.append(i + 1).append('.').append(items.get(i)).append(i + 1 < items.size() ? "；" : "。");
        }
        String note = "本机关于" + OfficialDates.chinese(sentOn) + "告知您补正申请，需补正的事项：" + list
                + "请于" + OfficialDates.chinese(form.deadline) + "前补正；无正当理由逾期不补正的，视为放弃申请"
                + "（《中华人民共和国政府信息公开条例》第三十条）。答复期限自收到补正后的申请之日起重新计算。";
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(),
                "SUPPLEMENTATION_REQUESTED", note);
        notices.tell(request, "SUPPLEMENTATION_REQUESTED", "请补正您的政府信息公开申请", note);
        return request;
    }

    /** A corrected application that came on paper, with the day it was received. */
    public DisclosureRequest recordSupplement(String code, StaffCommands.Supplement form) {
        DisclosureRequest request = own(code, true);
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.description == null || form.description.isBlank() || form.description.length() > 2000) {
            problems.put("description", "请填写补正后的申请内容（不超过2000字）");
        }
        if (form.receivedOn == null) {
            problems.put("receivedOn", "请填写收到补正申请的日期");
        } else if (request.supplementationSentOn() != null) {
            checkDay(problems, "receivedOn", form.receivedOn, request.supplementationSentOn(), today());
        }
        throwIfAny(problems);
        return supplements.received(request, RequestIntake.clean(form.description), form.receivedOn, currentStaff.username());
    }

    /** Asks a third party for its opinion (Art. 32); the working days consulted are added to the due date. */
    public Consultation consult(String code, StaffCommands.ConsultationForm form) {
        DisclosureRequest request = own(code, true);
        LocalDate today = today();
        LocalDate sentOn = form.sentOn == null ? today : form.sentOn;
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.party == null || form.party.isBlank() || form.party.length() > 300) {
            problems.put("party", "请填写被征求意见的第三方（不超过300字）");
        }
        checkDay(problems, "sentOn", sentOn, request.arrivedOn(ClockProducer.CHINA), today);
        throwIfAny(problems);
        requireStatus(request, RequestStatus.PROCESSING, RequestStatus.CONSULTING);
        Consultation consultation = new Consultation(request.id(), form.party.strip(), sentOn, currentStaff.username());
        em.persist(consultation);
        em.flush();
        request.pauseForConsultation();
        requestDeadlines.refreshDueDate(request);
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(),
                "CONSULTATION_SENT", "于" + OfficialDates.chinese(sentOn) + "发出第"
                        + consultation.id() + "号征求意见，第三方应于"
                        + OfficialDates.chinese(requestDeadlines.periods().consultationAnswerDue(sentOn)) + "前答复");
        return consultation;
    }

    /** Records the third party's answer; the clock runs again when no consultation is open (Art. 32–33). */
    public Consultation closeConsultation(String code, long id, StaffCommands.ConsultationAnswer form) {
        DisclosureRequest request = own(code, true);
        Consultation consultation = em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (consultation == null || !consultation.requestId().equals(request.id())) {
            throw new UnknownItemException("consultation_unknown");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.answeredOn == null) {
            problems.put("answeredOn", "请填写第三方答复（或答复期满）的日期");
        } else {
            checkDay(problems, "answeredOn", form.answeredOn, consultation.sentOn(), today());
        }
        if (form.objection == null) {
            problems.put("objection", "请说明第三方是否不同意公开（true 或 false）");
        }
        throwIfAny(problems);
        if (!consultation.open()) {
            throw new StateConflictException("consultation_closed");
        }
        consultation.close(form.answeredOn, form.objection, currentStaff.username());
        em.flush();
        boolean stillOpen = requestDeadlines.consultationsOf(request).stream().anyMatch(Consultation::open);
        if (!stillOpen && request.status() == RequestStatus.CONSULTING) {
            request.resumeAfterConsultation();
        }
        Deadline deadline = requestDeadlines.refreshDueDate(request);
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(),
                "CONSULTATION_CLOSED", "第" + id + "号征求意见第三方于" + OfficialDates.chinese(form.answeredOn) + "答复，"
                        + (form.objection ? "不同意公开" : "同意公开") + "；答复期限累计扣除" + deadline.pausedDays()
                        + "个工作日，为" + OfficialDates.chinese(deadline.dueOn()));
        return consultation;
    }

    /** The officer asks for the one extension of at most 20 working days (Art. 33); a leader decides. */
    public DisclosureRequest requestExtension(String code, StaffCommands.Extension form) {
        DisclosureRequest request = own(code, true);
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.reason == null || form.reason.isBlank() || form.reason.length() > 1000) {
            problems.put("reason", "请填写延期理由（不超过1000字），该理由将告知申请人");
        }
        if (form.workingDays == null || form.workingDays < 1 || form.workingDays > ReplyPeriods.MAX_EXTENSION) {
            problems.put("workingDays", "延长的期限为1至20个工作日");
        }
        throwIfAny(problems);
        if (request.extensionState() != null) {
            throw new StateConflictException("extension_once");
        }
        requireStatus(request, RequestStatus.PROCESSING, RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE,
                RequestStatus.REPLY_IN_REVIEW);
        Deadline deadline = requestDeadlines.deadline(request);
        if (deadline.overdue()) {
            throw new StateConflictException("extension_too_late");
        }
        request.requestExtension(form.workingDays, form.reason.strip(), currentStaff.username(), today());
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(),
                "EXTENSION_REQUESTED", "申请延长答复期限" + form.workingDays + "个工作日，理由：" + form.reason.strip());
        return request;
    }

    /** A leader of the organ approves the extension; the applicant is told why (Art. 33). */
    @RolesAllowed("LEADER")
    public DisclosureRequest approveExtension(String code, StaffCommands.ExtensionDecision form) {
        return decideExtension(code, true, form == null ? null : form.note);
    }

    @RolesAllowed("LEADER")
    public DisclosureRequest refuseExtension(String code, StaffCommands.ExtensionDecision form) {
        return decideExtension(code, false, form == null ? null : form.note);
    }

    private DisclosureRequest decideExtension(String code, boolean approve, String note) {
        DisclosureRequest request = own(code, true);
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("invalid_input", Map.of("note", "意见不超过1000字"));
        }
        if (request.extensionState() != ExtensionState.REQUESTED) {
            throw new StateConflictException("extension_not_requested");
        }
        if (request.extensionRequestedBy().equals(currentStaff.username())) {
            throw new ForbiddenActionException("extension_own_request");
        }
        if (approve) {
            requireStatus(request, RequestStatus.PROCESSING, RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE,
                    RequestStatus.REPLY_IN_REVIEW);
            if (requestDeadlines.deadline(request).overdue()) {
                throw new StateConflictException("extension_too_late");
            }
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        request.decideExtension(approve, currentStaff.username(), today(), clean);
        if (approve) {
            Deadline deadline = requestDeadlines.refreshDueDate(request);
            String told = "经本机关政府信息公开工作机构负责人同意，答复期限延长" + request.extensionDays()
                    + "个工作日，延长后的答复期限为" + OfficialDates.chinese(deadline.dueOn()) + "。延期理由："
                    + request.extensionReason() + "（《中华人民共和国政府信息公开条例》第三十三条）";
            audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(),
                    "EXTENSION_APPROVED", told);
            notices.tell(request, "EXTENSION_APPROVED", "您的政府信息公开申请答复期限已延长", told);
        } else {
            audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(),
                    "EXTENSION_REFUSED", clean == null ? "不同意延长答复期限" : "不同意延长答复期限：" + clean);
        }
        return request;
    }

    /**
     * The fee notice (国办函〔2020〕109号): per application by the applicant's count in the month of
     * receipt, or per page; the clock waits until it is paid.
     */
    public DisclosureRequest noticeFee(String code, StaffCommands.Fee form) {
        DisclosureRequest request = own(code, true);
        LocalDate today = today();
        LocalDate noticedOn = form.noticedOn == null ? today : form.noticedOn;
        Map<String, String> problems = new LinkedHashMap<>();
        FeeMethod method = null;
        try {
            method = form.method == null ? null : FeeMethod.valueOf(form.method);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (method == null) {
            problems.put("method", "收费方式须为 PER_APPLICATION（按件）或 PER_PAGE（按量）");
        }
        if (method == FeeMethod.PER_PAGE && (form.pages == null || form.pages < 1 || form.pages > 1_000_000)) {
            problems.put("pages", "请填写页数（1至1000000）");
        }
        checkDay(problems, "noticedOn", noticedOn, request.arrivedOn(ClockProducer.CHINA), today);
        throwIfAny(problems);
        if (request.feeNoticedOn() != null) {
            throw new StateConflictException("fee_once");
        }
        requireStatus(request, RequestStatus.PROCESSING);
        BigDecimal amount;
        Integer pages = null;
        String basis;
        if (method == FeeMethod.PER_APPLICATION) {
            int nth = em.createNamedQuery(DisclosureRequest.COUNT_OF_APPLICANT, Long.class)
                    .setParameter("key", request.applicantKey())
                    .setParameter("monthStart", request.firstReceivedOn().withDayOfMonth(1))
                    .setParameter("monthEnd", request.firstReceivedOn().withDayOfMonth(1).plusMonths(1))
                    .setParameter("receivedOn", request.firstReceivedOn())
                    .setParameter("id", request.id())
                    .getSingleResult().intValue();
            amount = Fees.perApplication(nth);
            basis = "按件计收：本申请为您本月提出的第" + nth + "件申请";
        } else {
            pages = form.pages;
            amount = Fees.perPage(pages);
            basis = "按量计收：共" + pages + "页";
        }
        if (amount.signum() == 0) {
            throw new StateConflictException("fee_not_chargeable");
        }
        request.noticeFee(method, pages, amount, noticedOn);
        LocalDate payBy = requestDeadlines.periods().feePaymentDue(noticedOn);
        String note = "本机关于" + OfficialDates.chinese(noticedOn) + "向您发出收费通知：信息处理费" + amount.toPlainString()
                + "元（" + basis + "）。请于" + OfficialDates.chinese(payBy) + "前缴纳；逾期未缴纳的，视为放弃申请。"
                + "缴费期间不计入答复期限（《政府信息公开信息处理费管理办法》）。";
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(), "FEE_NOTICED", note);
        notices.tell(request, "FEE_NOTICED", "政府信息公开申请收费通知", note);
        return request;
    }

    /** The fee is paid within its 20 working days (国办函〔2020〕109号); the reply clock runs again. */
    public DisclosureRequest feePaid(String code, StaffCommands.FeePaid form) {
        DisclosureRequest request = own(code, true);
        requireStatus(request, RequestStatus.AWAITING_FEE);
        LocalDate paidOn = form == null || form.paidOn == null ? today() : form.paidOn;
        Map<String, String> problems = new LinkedHashMap<>();
        checkDay(problems, "paidOn", paidOn, request.feeNoticedOn(), today());
        throwIfAny(problems);
        if (paidOn.isAfter(requestDeadlines.periods().feePaymentDue(request.feeNoticedOn()))) {
            throw new StateConflictException("fee_overdue");
        }
        request.feePaid(paidOn);
        Deadline deadline = requestDeadlines.refreshDueDate(request);
        String note = "已收到您于" + OfficialDates.chinese(paidOn) + "缴纳的信息处理费，答复期限为"
                + OfficialDates.chinese(deadline.dueOn()) + "。";
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(), "FEE_PAID", note);
        return request;
    }

    /**
     * Drafts the reply letter for the outcome (Art. 36–39 of the OGI Regulations) and sends it to the
     * confidentiality review; it reaches the applicant only when the review approves it (Art. 17).
     */
    public Drafted draftReply(String code, StaffCommands.Reply form) {
        DisclosureRequest request = own(code, true);
        Map<String, String> problems = new LinkedHashMap<>();
        Outcome outcome = parse(Outcome.class, form.outcome);
        OutcomeReason reason = form.reason == null || form.reason.isBlank() ? null : parse(OutcomeReason.class, form.reason);
        if (outcome == null) {
            problems.put("outcome", "办理结果须为：" + String.join("、", Arrays.stream(Outcome.values()).map(Enum::name).toList()));
        } else if (form.reason != null && !form.reason.isBlank() && reason == null) {
            problems.put("reason", "理由不存在：" + form.reason);
        } else if (outcome.needsReason() && reason == null) {
            problems.put("reason", "“" + outcome.label() + "”须选择具体理由：" + String.join("、",
                    Arrays.stream(OutcomeReason.values()).filter(r -> r.fits(outcome)).map(Enum::name).toList()));
        } else if (reason != null && !reason.fits(outcome)) {
            problems.put("reason", "理由" + reason.name() + "不适用于“" + outcome.label() + "”");
        }
        String text = form.text == null ? "" : RequestIntake.clean(form.text);
        if (text != null && text.length() > 20_000) {
            problems.put("text", "答复正文不超过20000字");
        }
        if (reason == OutcomeReason.OTHER && (text == null || text.isBlank())) {
            problems.put("text", "“其他”处理须在正文中说明处理情况");
        } else if (outcome != null && ReplyLetters.pointsBelow(outcome, reason) && (text == null || text.isBlank())) {
            problems.put("text", "告知书写明“见下文”或“向您提供”，请在正文中写明提供政府信息的方式和途径");
        }
        if (form.referTo != null && form.referTo.length() > 200) {
            problems.put("referTo", "机关名称不超过200字");
        }
        throwIfAny(problems);
        requireStatus(request, RequestStatus.PROCESSING);
        List<ReplyLetter> earlier = repliesOf(request);
        Organ organ = em.find(Organ.class, request.organCode());
        String referTo = outcome == Outcome.NOT_THIS_ORGAN ? RequestIntake.clean(form.referTo) : null;
        String letter = ReplyLetters.text(ReplyLetters.compose(new LetterDraft(organ.name(), request.trackingCode(),
                request.firstReceivedOn(), request.supplementText() != null ? request.supplementText() : request.description(),
                request.docNo(), outcome, reason, referTo, text, today())));
        ReplyLetter reply = new ReplyLetter(request.id(), earlier.size() + 1, outcome, reason, text == null ? "" : text,
                referTo, letter, currentStaff.username(), today(), clock.instant());
        List<ReplyFile> files = replyFiles.of(request.id());
        reply.deliver(files);
        em.persist(reply);
        em.flush();
        em.refresh(reply);
        request.sendReplyToReview();
        audit.record(currentStaff.username(), request.organCode(), ITEM_TYPE, request.id().toString(), "REPLY_DRAFTED",
                "第" + reply.number() + "号答复告知书（" + outcome.label() + (reason == null ? "" : "：" + reason.label())
                        + "）送保密审查" + (files.isEmpty() ? "" : "（随附文件" + files.size() + "件）")
                        + "，内容摘要值 " + reply.contentHash());
        var task = reviews.submit(new ReviewSubmission(ReplyRelease.ITEM_TYPE, request.id(), reply.id(), request.organCode(),
                "依申请公开答复告知书 " + request.trackingCode() + "（" + outcome.label() + "）", reply.contentHash(),
                letter + replyFiles.reviewText(files), false, currentStaff.username(), Set.of(currentStaff.username())));
        return new Drafted(reply, task.id());
    }

    /** Runs the daily checks for the officer's organ now (abandonments, due-date warnings). */
    public RequestDailyChecks.Summary runDailyChecks() {
        return dailyChecks.run(currentStaff.get().organ().code());
    }

    private DisclosureRequest own(String code, boolean lock) {
        String normalised = Secrets.normaliseTrackingCode(code);
        if (normalised == null) {
            throw new UnknownItemException("request_unknown");
        }
        List<DisclosureRequest> found = em.createNamedQuery(DisclosureRequest.BY_CODE, DisclosureRequest.class)
                .setParameter("code", normalised)
                .getResultList();
        if (found.isEmpty() || !found.get(0).organCode().equals(currentStaff.get().organ().code())) {
            throw new UnknownItemException("request_unknown");
        }
        DisclosureRequest request = found.get(0);
        if (lock) {
            em.lock(request, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(request);
        }
        return request;
    }

    private static void requireStatus(DisclosureRequest request, RequestStatus... allowed) {
        if (request.status() == RequestStatus.CLOSED) {
            throw new StateConflictException("request_closed");
        }
        if (!Arrays.asList(allowed).contains(request.status())) {
            throw new StateConflictException("request_state");
        }
    }

    /** A date of an event: not before {@code notBefore}, not after today. */
    private static void checkDay(Map<String, String> problems, String field, LocalDate day, LocalDate notBefore,
                                 LocalDate today) {
        if (day == null) {
            return;
        }
        if (day.isAfter(today)) {
            problems.put(field, "日期不能晚于今天");
        } else if (notBefore != null && day.isBefore(notBefore)) {
            problems.put(field, "日期不能早于" + OfficialDates.chinese(notBefore));
        }
    }


    private static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
