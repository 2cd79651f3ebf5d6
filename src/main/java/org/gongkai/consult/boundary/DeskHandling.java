package org.gongkai.consult.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.consult.control.AnswerPeriods;
import org.gongkai.consult.control.QueryCodes;
import org.gongkai.consult.entity.MessageReply;
import org.gongkai.consult.entity.MessageStatus;
import org.gongkai.consult.entity.PublicMessage;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewSubmission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff side of the desk: the office (INFO_EDITOR, 信息科) screens every message — assigns it to
 * a unit (批分), or marks it invalid with the reason (no usable contact, a duplicate, abuse) — and
 * grants the one extension; the assigned unit's OFFICER or INFO_OFFICER drafts the answer, which
 * goes to the confidentiality review (item type {@link #REVIEW_ITEM_TYPE}) before the writer sees it.
 * A unit sees only the messages assigned to it; another organ's message is 404.
 */
@Stateless
public class DeskHandling {

    /** The item type of the messages in the audit trail. */
    public static final String ITEM_TYPE = "MESSAGE";
    /** The item type of an answer in the confidentiality review. */
    public static final String REVIEW_ITEM_TYPE = "MESSAGE_REPLY";

    /** A message in a queue with its standing today. */
    public record Queued(PublicMessage message, String organName, int workingDaysLeft, boolean overdue) {
    }

    /** A drafted answer and the review task it waits in. */
    public record Drafted(MessageReply reply, long reviewTaskId) {
    }

    /** A message with its answers, for the office and the assigned unit. */
    public record Detail(Queued queued, List<MessageReply> replies) {
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
    DeskPeriods deskPeriods;

    @Inject
    Organs organs;

    @Inject
    ReviewTasks reviews;

    @Inject
    PublicDesk desk;

    @Inject
    DeskMail mail;

    /** The queue: the office sees all messages (of {@code organ} when given), a unit its own. */
    @RolesAllowed({"INFO_EDITOR", "OFFICER", "INFO_OFFICER"})
    public List<Queued> queue(MessageStatus status, String organ) {
        StringBuilder jpql = new StringBuilder("select m from PublicMessage m where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        String scope = office() ? (PublicDesk.blankToNull(organ)) : currentStaff.get().organ().code();
        if (scope != null) {
            parameters.add(scope);
            jpql.append(" and m.organCode = ?").append(parameters.size());
        }
        if (status != null) {
            parameters.add(status);
            jpql.append(" and m.status = ?").append(parameters.size());
        } else {
            jpql.append(" and m.status in (org.gongkai.consult.entity.MessageStatus.RECEIVED, "
                    + "org.gongkai.consult.entity.MessageStatus.ASSIGNED, org.gongkai.consult.entity.MessageStatus.IN_REVIEW)");
        }
        jpql.append(" order by m.dueOn, m.id");
        var query = em.createQuery(jpql.toString(), PublicMessage.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        AnswerPeriods periods = deskPeriods.periods();
        LocalDate today = deskPeriods.today();
        return query.setMaxResults(500).getResultList().stream().map(m -> queued(m, periods, today)).toList();
    }

    @RolesAllowed({"INFO_EDITOR", "OFFICER", "INFO_OFFICER"})
    public Detail get(long id) {
        PublicMessage message = visible(id, false);
        List<MessageReply> replies = em.createNamedQuery(MessageReply.OF_MESSAGE, MessageReply.class)
                .setParameter("message", message.id()).getResultList();
        return new Detail(queued(message, deskPeriods.periods(), deskPeriods.today()), replies);
    }

    /** 批分: gives the message to a unit. */
    @RolesAllowed("INFO_EDITOR")
    public Queued assign(long id, String organ) {
        if (organ == null || organs.find(organ.strip()).isEmpty()) {
            throw new InvalidInputException("invalid_input", Map.of("organ", "该机关不存在，请从列表中选择"));
        }
        PublicMessage message = locked(id);
        message.assign(organ.strip());
        audit.record(currentStaff.username(), message.organCode(), ITEM_TYPE, message.id().toString(),
                "MESSAGE_ASSIGNED", "assigned to " + message.organCode());
        return queued(message, deskPeriods.periods(), deskPeriods.today());
    }

    /** Screened out, with the reason; {@code duplicateOf} the query code of the message it repeats. */
    @RolesAllowed("INFO_EDITOR")
    public Queued invalid(long id, String reason, String duplicateOf) {
        String why = PublicDesk.clean(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("invalid_input", Map.of("reason", "请填写不予受理的理由（不超过500字）"));
        }
        String original = null;
        if (PublicDesk.blankToNull(duplicateOf) != null) {
            original = QueryCodes.normaliseCode(duplicateOf);
            if (original == null || em.createNamedQuery(PublicMessage.BY_CODE, PublicMessage.class)
                    .setParameter("code", original).getResultList().isEmpty()) {
                throw new InvalidInputException("invalid_input", Map.of("duplicateOf", "重复的留言编号不存在"));
            }
        }
        PublicMessage message = locked(id);
        if (message.queryCode().equals(original)) {
            throw new InvalidInputException("invalid_input", Map.of("duplicateOf", "不能与自身重复"));
        }
        message.invalid(why, original);
        audit.record(currentStaff.username(), message.organCode(), ITEM_TYPE, message.id().toString(),
                "MESSAGE_INVALID", original == null ? why : "duplicate of " + original + ": " + why);
        mail.toWriter(message, "您的留言未予受理", "您的留言（" + message.title() + "）未予受理，理由：" + why, "INVALID");
        return queued(message, deskPeriods.periods(), deskPeriods.today());
    }

    /** The one extension, to at most 15 working days in all. */
    @RolesAllowed("INFO_EDITOR")
    public Queued extend(long id, int workingDays, String reason) {
        String why = PublicDesk.clean(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("invalid_input", Map.of("reason", "请填写延期理由（不超过500字）"));
        }
        PublicMessage message = locked(id);
        AnswerPeriods periods = deskPeriods.periods();
        if (!periods.extensionAllowed(message.kind(), workingDays)) {
            throw new InvalidInputException("invalid_input", Map.of("workingDays",
                    "延长的工作日须为1至" + (AnswerPeriods.MAX_TOTAL - periods.workingDays(message.kind()))
                            + "个（合计不超过" + AnswerPeriods.MAX_TOTAL + "个工作日）"));
        }
        message.extend(workingDays, why, periods.dueOn(message.kind(), message.periodStart(), workingDays));
        audit.record(currentStaff.username(), message.organCode(), ITEM_TYPE, message.id().toString(),
                "MESSAGE_EXTENDED", workingDays + " working days, due " + message.dueOn() + ": " + why);
        return queued(message, periods, deskPeriods.today());
    }

    /** The unit's answer, to the confidentiality review; the writer sees it only after approval. */
    @RolesAllowed({"OFFICER", "INFO_OFFICER"})
    public Drafted reply(long id, String text) {
        String answer = PublicDesk.clean(text);
        if (answer == null || answer.length() < 5 || answer.length() > 10000) {
            throw new InvalidInputException("invalid_input", Map.of("text", "请填写答复内容（5至10000字）"));
        }
        PublicMessage message = visible(id, true);
        StaffUser officer = currentStaff.get();
        if (!officer.organ().code().equals(message.organCode())) {
            throw new UnknownItemException("message_unknown");
        }
        message.answerSubmitted();
        MessageReply reply = new MessageReply(message.id(), message.round(), answer, officer.username(), clock.instant());
        em.persist(reply);
        em.flush();
        em.refresh(reply);
        var task = reviews.submit(new ReviewSubmission(REVIEW_ITEM_TYPE, message.id(), reply.id(), message.organCode(),
                "答复：" + message.title(), reply.contentHash(), answer, false, officer.username(),
                Set.of(officer.username())));
        audit.record(officer.username(), message.organCode(), ITEM_TYPE, message.id().toString(),
                "MESSAGE_ANSWER_SUBMITTED", "answer " + reply.id() + " round " + message.round() + " to the review");
        return new Drafted(reply, task.id());
    }

    /** Marks an answered public message as a frequent question (常见问题), or takes the mark away. */
    @RolesAllowed("INFO_EDITOR")
    public Queued faq(long id, boolean faq) {
        PublicMessage message = locked(id);
        if (faq && (message.releasedReplyId() == null || !message.wantsPublic())) {
            throw new StateConflictException("message_not_public");
        }
        message.faq(faq);
        audit.record(currentStaff.username(), message.organCode(), ITEM_TYPE, message.id().toString(),
                faq ? "MESSAGE_FAQ" : "MESSAGE_FAQ_REMOVED", null);
        return queued(message, deskPeriods.periods(), deskPeriods.today());
    }

    private boolean office() {
        return currentStaff.hasRole(Role.INFO_EDITOR);
    }

    private PublicMessage locked(long id) {
        PublicMessage message = em.find(PublicMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new UnknownItemException("message_unknown");
        }
        return message;
    }

    /** The message if the caller may see it: the office all, a unit those assigned to it. */
    private PublicMessage visible(long id, boolean lock) {
        PublicMessage message = lock ? em.find(PublicMessage.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(PublicMessage.class, id);
        if (message == null || (!office() && !currentStaff.get().organ().code().equals(message.organCode()))) {
            throw new UnknownItemException("message_unknown");
        }
        return message;
    }

    static Queued queued(PublicMessage message, AnswerPeriods periods, LocalDate today, String organName) {
        int left = periods.workingDaysLeft(today, message.dueOn());
        return new Queued(message, organName, left, message.status().open() && today.isAfter(message.dueOn()));
    }

    private Queued queued(PublicMessage message, AnswerPeriods periods, LocalDate today) {
        return queued(message, periods, today, desk.organName(message.organCode()));
    }
}
