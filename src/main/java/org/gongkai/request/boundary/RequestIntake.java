package org.gongkai.request.boundary;

import org.gongkai.platform.control.OfficialDates;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.platform.entity.FieldCipher;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.control.FilingReceipt;
import org.gongkai.request.control.Identities;
import org.gongkai.request.control.Secrets;
import org.gongkai.request.entity.Applicant;
import org.gongkai.request.entity.ApplicantCategory;
import org.gongkai.request.entity.ApplicantType;
import org.gongkai.request.entity.Channel;
import org.gongkai.request.entity.DeliveryFormat;
import org.gongkai.request.entity.DeliveryMethod;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.IdType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Receives applications (Art. 27-31 of the OGI Regulations): filed online by anyone, without an
 * account, received on the day of submission if a working day, else the next one; or registered by
 * an officer from post, fax or a visit, with the receipt date the officer recorded. Either way the
 * applicant gets a tracking code and a passcode, shown once and kept only as a hash.
 */
@Stateless
public class RequestIntake {

    /** What the applicant is told on filing; the passcode exists nowhere else. */
    public record Filed(DisclosureRequest request, String passcode, Deadline deadline) {

        /** The receipt the applicant keeps (回执), with the passcode that is shown this once. */
        public FilingReceipt receipt(String organName, LocalDate issuedOn) {
            return new FilingReceipt(organName, request.trackingCode(), passcode, request.channel(),
                    request.receivedOn(), deadline.dueOn(), deadline.provisional(),
                    request.description(), issuedOn);
        }
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
    RequestDeadlines requestDeadlines;

    @Inject
    FilingLimits limits;

    @Inject
    RequestNotices notices;

    @Inject
    OrganDirectory organs;

    /** A filing through the public form or API from {@code clientAddress}; 429 past the rate limit of valid filings. */
    @PermitAll
    public Filed file(@Valid RequestCommand form, String clientAddress) {
        Map<String, String> problems = check(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        // only a valid application counts against the limit: a person correcting the form never meets it
        limits.filing(clientAddress);
        LocalDate receivedOn = requestDeadlines.periods().onlineReceipt(LocalDate.now(clock));
        return create(form, form.organ.strip(), Channel.ONLINE, receivedOn, null);
    }

    /** An application that came by post, fax or in person, registered for the officer's own organ. */
    @RolesAllowed("OFFICER")
    public Filed register(@Valid RequestCommand form) {
        String organ = currentStaff.get().organ().code();
        if (form.organ == null || form.organ.isBlank()) {
            form.organ = organ;
        }
        Map<String, String> problems = check(form);
        LocalDate today = LocalDate.now(clock);
        if (!organ.equals(form.organ.strip())) {
            problems.put("organ", "只能登记本机关收到的申请（" + organ + "）");
        }
        if (form.channel == null) {
            problems.put("channel", "请选择收到申请的方式：IN_PERSON（当面）、MAIL（邮寄）或 FAX（传真）");
        }
        if (form.receivedOn == null) {
            problems.put("receivedOn", "请填写收到申请的日期");
        } else if (form.receivedOn.isAfter(today)) {
            problems.put("receivedOn", "收到日期不能晚于今天");
        } else if (form.receivedOn.isBefore(today.minusYears(1))) {
            problems.put("receivedOn", "收到日期不能早于一年前");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        return create(form, organ, Channel.valueOf(form.channel), form.receivedOn, currentStaff.username());
    }

    private Filed create(RequestCommand form, String organ, Channel channel, LocalDate receivedOn, String officer) {
        RequestCommand.ApplicantForm a = form.applicant;
        ApplicantType type = ApplicantType.valueOf(a.type);
        boolean natural = type == ApplicantType.NATURAL_PERSON;
        Applicant applicant = new Applicant(type,
                natural ? null : ApplicantCategory.valueOf(a.category),
                clean(a.name),
                natural ? IdType.valueOf(a.idType) : null,
                natural ? Identities.normalise(a.idNumber) : null,
                natural ? null : Identities.normalise(a.creditCode),
                natural ? null : clean(a.contactName),
                blankToNull(a.phone), blankToNull(a.email), clean(a.address));
        FieldCipher keys = FieldCipher.installed();
        String key = natural ? Identities.applicantKey(keys, a.idType, a.idNumber)
                : Identities.applicantKey(keys, "USCC", a.creditCode);
        String passcode = Secrets.passcode();
        String salt = Secrets.salt();
        DisclosureRequest request = new DisclosureRequest(Secrets.trackingCode(receivedOn.getYear()), organ, channel, salt,
                Secrets.hash(salt, passcode), applicant, key, clean(form.description), clean(form.docNo),
                DeliveryFormat.valueOf(form.delivery.form), DeliveryMethod.valueOf(form.delivery.method),
                clock.instant(), officer, receivedOn);
        request.applicantNameKey(Identities.nameKey(keys, applicant.name()));
        Deadline deadline = requestDeadlines.periods().deadline(
                org.gongkai.request.control.PeriodFacts.receivedOn(receivedOn), LocalDate.now(clock));
        request.dueOn(new DueDate(deadline.dueOn(), deadline.provisional()));
        em.persist(request);
        String note = (officer == null ? "已收到您在网上提交的申请" : "本机关已登记您以" + channelName(channel) + "方式提交的申请")
                + "，收到日期为" + OfficialDates.chinese(receivedOn) + "，答复期限为" + OfficialDates.chinese(deadline.dueOn())
                + "（20个工作日）。";
        audit.record(officer == null ? RequestHandling.APPLICANT : officer, organ, RequestHandling.ITEM_TYPE, request.id().toString(),
                officer == null ? "REQUEST_FILED" : "REQUEST_REGISTERED", note);
        notices.tell(request, "FILED", "您的政府信息公开申请已收到", note);
        return new Filed(request, passcode, deadline);
    }

    /** The rules across fields (Art. 29), with the problem per field in Chinese. */
    private Map<String, String> check(RequestCommand form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.organ != null && organs.nameOf(form.organ.strip()) == null) {
            problems.put("organ", "该机关不存在，请从列表中选择");
        }
        RequestCommand.ApplicantForm a = form.applicant;
        if ("NATURAL_PERSON".equals(a.type)) {
            if (a.idType == null) {
                problems.put("applicant.idType", "请选择身份证件类型");
            }
            if (a.idNumber == null || a.idNumber.isBlank()) {
                problems.put("applicant.idNumber", "请填写身份证件号码");
            } else if ("ID_CARD".equals(a.idType) && !Identities.isIdCardNumber(a.idNumber)) {
                problems.put("applicant.idNumber", "居民身份证号码应为18位，且出生日期和校验位正确");
            }
        } else if ("LEGAL_PERSON".equals(a.type)) {
            if (a.category == null) {
                problems.put("applicant.category", "请选择法人或其他组织的类别");
            }
            if (a.creditCode == null || a.creditCode.isBlank()) {
                problems.put("applicant.creditCode", "请填写统一社会信用代码");
            } else if (!Identities.isCreditCode(a.creditCode)) {
                problems.put("applicant.creditCode", "统一社会信用代码应为18位，且校验位正确");
            }
            if (a.contactName == null || a.contactName.isBlank()) {
                problems.put("applicant.contactName", "请填写联系人姓名");
            }
        }
        if (blankToNull(a.phone) == null && blankToNull(a.email) == null && blankToNull(a.address) == null) {
            problems.put("applicant.phone", "请至少填写一种联系方式（电话、电子邮箱或通信地址）");
        }
        String method = form.delivery.method;
        String format = form.delivery.form;
        if ("EMAIL".equals(method) && blankToNull(a.email) == null) {
            problems.put("applicant.email", "选择电子邮件获取信息时，请填写电子邮箱");
        }
        if ("POST".equals(method) && blankToNull(a.address) == null) {
            problems.put("applicant.address", "选择邮寄获取信息时，请填写通信地址");
        }
        if ("PAPER".equals(format) && ("EMAIL".equals(method) || "ONLINE".equals(method))) {
            problems.put("delivery.method", "纸质信息只能邮寄或自行领取");
        }
        if ("ELECTRONIC".equals(format) && "POST".equals(method)) {
            problems.put("delivery.method", "电子信息请选择电子邮件、网上获取或自行领取（光盘等）");
        }
        return problems;
    }

    static String channelName(Channel channel) {
        return switch (channel) {
            case ONLINE -> "网上提交";
            case IN_PERSON -> "当面提交";
            case MAIL -> "邮寄";
            case FAX -> "传真";
        };
    }

    /** Trimmed, without control characters (line breaks kept); null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
