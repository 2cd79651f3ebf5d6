package org.gongkai.consult.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.consult.control.AnswerPeriods;
import org.gongkai.consult.control.Bigrams;
import org.gongkai.consult.control.DeskStatistics;
import org.gongkai.consult.control.QueryCodes;
import org.gongkai.consult.entity.MessageKind;
import org.gongkai.consult.entity.MessageReply;
import org.gongkai.consult.entity.PublicMessage;
import org.gongkai.platform.control.OfficialDates;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.UnknownItemException;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public side of the desk: anyone writes without an account (rate-limited per address, sizes
 * bounded); the writer follows the message with its query code and passcode and rates the answer;
 * everyone reads the answered messages whose writers agreed to publication and whose answers passed
 * the review, and the desk's figures. No public answer carries the writer's name, phone or e-mail.
 */
@Stateless
@PermitAll
public class PublicDesk {

    /** The actor of the history for the writer's own steps. */
    public static final String WRITER = "writer";

    /** What the writer is told once: the query code and the passcode, which exists nowhere else. */
    public record Written(PublicMessage message, String passcode) {
    }

    /** The writer's view: the message, the organ's name and the released answer (or null). */
    public record WriterView(PublicMessage message, String organName, String answer, int workingDays) {
    }

    /** A published question and answer, without personal data. */
    public record Published(String queryCode, MessageKind kind, String title, String content, String organ,
                            String organName, LocalDate receivedOn, LocalDate repliedOn, String reply, boolean faq) {
    }

    public record Page(long total, List<Published> items) {
    }

    /** A kind and its answer period. */
    public record KindPeriod(MessageKind kind, String name, int workingDays) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    DeskPeriods deskPeriods;

    @Inject
    DeskLimits limits;

    @Inject
    Organs organs;

    @Inject
    DeskMail mail;

    /** A message from {@code clientAddress}; 429 past the limit of valid messages. */
    public Written write(@Valid MessageCommand form, String clientAddress) {
        Map<String, String> problems = new LinkedHashMap<>();
        String organ = blankToNull(form.organ);
        if (organ != null && organs.find(organ).isEmpty()) {
            problems.put("organ", "该机关不存在，请从列表中选择");
        }
        if (blankToNull(form.phone) == null && blankToNull(form.email) == null) {
            problems.put("phone", "请至少填写一种联系方式（电话或电子邮箱），以便答复和核实");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        limits.message(clientAddress);
        MessageKind kind = MessageKind.valueOf(form.kind);
        AnswerPeriods periods = deskPeriods.periods();
        LocalDate receivedOn = periods.receivedOn(LocalDate.now(clock));
        String passcode = QueryCodes.passcode();
        String salt = QueryCodes.salt();
        PublicMessage message = new PublicMessage(QueryCodes.queryCode(receivedOn.getYear()), kind, organ,
                clean(form.title), clean(form.content), clean(form.name), blankToNull(form.phone),
                blankToNull(form.email), form.publicAnswer, salt, QueryCodes.hash(salt, passcode), clock.instant(),
                receivedOn, periods.dueOn(kind, receivedOn, 0));
        em.persist(message);
        em.flush();
        String note = "已收到您的" + kind.label() + "，收到日期为" + OfficialDates.chinese(receivedOn) + "，答复期限为"
                + OfficialDates.chinese(message.dueOn()) + "（" + periods.workingDays(kind) + "个工作日）。";
        audit.record(WRITER, organ, DeskHandling.ITEM_TYPE, message.id().toString(), "MESSAGE_RECEIVED",
                kind + " " + message.queryCode() + (message.wantsPublic() ? " public" : " private"));
        mail.toWriter(message, "您的留言已收到", note, "RECEIVED");
        return new Written(message, passcode);
    }

    /** The writer's own message and released answer; 404 for an unknown code or a wrong passcode. */
    public WriterView view(String code, String passcode, String clientAddress) {
        return viewOf(verified(code, passcode, clientAddress, false));
    }

    /**
     * The writer's rating of the released answer. Unsatisfied, the first time: the message goes back
     * to the unit for a second handling, with the kind's period counted again from today's receipt.
     */
    public WriterView rate(String code, String passcode, boolean satisfied, String comment, String clientAddress) {
        PublicMessage message = verified(code, passcode, clientAddress, true);
        String text = clean(comment);
        if (text != null && text.length() > 500) {
            throw new InvalidInputException("invalid_input", Map.of("comment", "评价意见不超过500字"));
        }
        AnswerPeriods periods = deskPeriods.periods();
        LocalDate reopenOn = periods.receivedOn(LocalDate.now(clock));
        boolean reopened = message.rate(satisfied, text, reopenOn, periods.dueOn(message.kind(), reopenOn, 0));
        audit.record(WRITER, message.organCode(), DeskHandling.ITEM_TYPE, message.id().toString(),
                satisfied ? "MESSAGE_RATED_SATISFIED" : "MESSAGE_RATED_UNSATISFIED",
                reopened ? "second handling, due " + message.dueOn() : "round " + message.round());
        return viewOf(message);
    }

    /** As {@link #published(String, String, boolean, int, int)}; a search counts against the address's limit. */
    public Page published(String organ, String query, boolean faqOnly, int page, int size, String clientAddress) {
        if (blankToNull(query) != null) {
            limits.search(clientAddress);
        }
        return published(organ, query, faqOnly, page, size);
    }

    /** The answered messages whose writers agreed to publication, newest first, optionally searched. */
    public Page published(String organ, String query, boolean faqOnly, int page, int size) {
        StringBuilder where = new StringBuilder(" from consult_message m join consult_reply r on r.id = m.released_reply_id "
                + "where m.wants_public and m.status <> 'INVALID'");
        List<Object> parameters = new ArrayList<>();
        if (blankToNull(organ) != null) {
            parameters.add(organ.strip());
            where.append(" and m.organ_code = ?").append(parameters.size());
        }
        if (faqOnly) {
            where.append(" and m.faq");
        }
        String tsquery = Bigrams.query(query);
        if (blankToNull(query) != null && tsquery == null) {
            return new Page(0, List.of());
        }
        if (tsquery != null) {
            parameters.add(tsquery);
            where.append(" and m.search_text @@ to_tsquery('simple', ?").append(parameters.size()).append(")");
        }
        var count = em.createNativeQuery("select count(*)" + where);
        var select = em.createNativeQuery("select m.query_code, m.kind, m.title, m.content, m.organ_code, m.received_on, "
                + "m.replied_on, r.text, m.faq" + where + " order by m.faq desc, m.replied_on desc, m.id desc");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            select.setParameter(i + 1, parameters.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(Math.max(0, page) * size).setMaxResults(size).getResultList();
        List<Published> items = rows.stream().map(row -> new Published(row[0].toString(),
                MessageKind.valueOf(row[1].toString()), row[2].toString(), row[3].toString(), (String) row[4],
                organName((String) row[4]), ((Date) row[5]).toLocalDate(), ((Date) row[6]).toLocalDate(),
                row[7].toString(), Boolean.TRUE.equals(row[8]))).toList();
        return new Page(total, items);
    }

    /** The answer period of each kind. */
    public List<KindPeriod> kinds() {
        AnswerPeriods periods = deskPeriods.periods();
        return java.util.Arrays.stream(MessageKind.values())
                .map(kind -> new KindPeriod(kind, kind.label(), periods.workingDays(kind))).toList();
    }

    /** The figures per organ of the messages received in {@code year}. */
    public List<DeskStatistics.Figures> statistics(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select organ_code, received_on, first_due_on, first_replied_on, satisfied "
                        + "from consult_message where status <> 'INVALID' and organ_code is not null "
                        + "and received_on >= ?1 and received_on < ?2")
                .setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(2, Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .getResultList();
        AnswerPeriods periods = deskPeriods.periods();
        return DeskStatistics.of(rows.stream().map(row -> new DeskStatistics.Row(row[0].toString(),
                ((Date) row[1]).toLocalDate(), ((Date) row[2]).toLocalDate(),
                row[3] == null ? null : ((Date) row[3]).toLocalDate(), (Boolean) row[4])).toList(),
                periods::workingDaysTaken);
    }

    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    public String organName(String code) {
        return code == null ? null : organs.find(code).map(Organ::name).orElse(code);
    }

    private WriterView viewOf(PublicMessage message) {
        String answer = message.releasedReplyId() == null ? null
                : em.find(MessageReply.class, message.releasedReplyId()).text();
        return new WriterView(message, organName(message.organCode()), answer,
                deskPeriods.periods().workingDays(message.kind()) + message.extensionDays());
    }

    private PublicMessage verified(String code, String passcode, String clientAddress, boolean lock) {
        String normalised = QueryCodes.normaliseCode(code);
        PublicMessage message = normalised == null ? null
                : em.createNamedQuery(PublicMessage.BY_CODE, PublicMessage.class).setParameter("code", normalised)
                .getResultStream().findFirst().orElse(null);
        if (message == null || !QueryCodes.matches(message.passcodeSalt(), message.passcodeHash(), passcode)) {
            limits.failedLookup(clientAddress, normalised);
            throw new UnknownItemException("message_unknown");
        }
        if (lock) {
            em.lock(message, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(message);
        }
        return message;
    }

    /** Trimmed, without control characters (line breaks kept); null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
