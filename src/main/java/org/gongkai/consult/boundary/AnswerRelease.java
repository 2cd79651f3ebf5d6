package org.gongkai.consult.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.consult.control.Bigrams;
import org.gongkai.consult.entity.MessageReply;
import org.gongkai.consult.entity.MessageStatus;
import org.gongkai.consult.entity.PublicMessage;
import org.gongkai.consult.entity.ReplyState;
import org.gongkai.platform.control.OfficialDates;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.review.boundary.PublicationGate;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Releases an answer to the writer, and to the public list when the writer agreed, when and only
 * when the confidentiality review approves exactly that answer (Art. 17 of the OGI Regulations:
 * 先审查、后公开). A returned or rejected answer sends the message back to the unit. Runs inside the
 * reviewer's decision transaction; the database's release gate ({@code consult_release_gate})
 * checks the same again.
 */
@ApplicationScoped
public class AnswerRelease implements ReviewableItem {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationGate gate;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    DeskMail mail;

    @Override
    public String itemType() {
        return DeskHandling.REVIEW_ITEM_TYPE;
    }

    @Override
    public String currentHash(long itemId, long versionId) {
        List<?> hashes = em.createNativeQuery("select content_hash from consult_reply where id = ?1 and message_id = ?2")
                .setParameter(1, versionId)
                .setParameter(2, itemId)
                .getResultList();
        return hashes.isEmpty() ? null : hashes.get(0).toString();
    }

    @Override
    public String approvedText(long itemId) {
        PublicMessage message = em.find(PublicMessage.class, itemId);
        return message == null || message.releasedReplyId() == null ? null
                : em.find(MessageReply.class, message.releasedReplyId()).text();
    }

    @Override
    public java.util.Optional<LocalDate> dueOn(long itemId, long versionId) {
        PublicMessage message = em.find(PublicMessage.class, itemId);
        return message == null ? java.util.Optional.empty() : java.util.Optional.of(message.dueOn());
    }

    void onReviewDecided(@Observes ReviewDecided decided) {
        if (!DeskHandling.REVIEW_ITEM_TYPE.equals(decided.itemType())) {
            return;
        }
        PublicMessage message = em.find(PublicMessage.class, decided.itemId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(message);
        MessageReply reply = em.find(MessageReply.class, decided.versionId());
        em.refresh(reply);
        if (reply.state() != ReplyState.IN_REVIEW || reply.messageId() != message.id()
                || !reply.contentHash().equals(decided.contentHash()) || message.status() != MessageStatus.IN_REVIEW) {
            throw new StateConflictException("review_stale");
        }
        LocalDate today = LocalDate.now(clock);
        String id = message.id().toString();
        if (decided.decision() == Decision.APPROVE) {
            gate.open(decided, reply.contentHash());
            reply.released(today);
            em.flush();
            message.release(reply.id(), today);
            em.flush();
            if (message.wantsPublic()) {
                em.createNativeQuery("update consult_message set search_text = to_tsvector('simple', ?1) where id = ?2")
                        .setParameter(1, Bigrams.document(message.title() + " " + message.content() + " " + reply.text()))
                        .setParameter(2, message.id())
                        .executeUpdate();
            }
            audit.record(decided.decidedBy(), message.organCode(), DeskHandling.ITEM_TYPE, id, "MESSAGE_ANSWERED",
                    "answer " + reply.id() + " released" + (message.wantsPublic() ? " and published" : ""));
            mail.toWriter(message, "您的留言已答复", "您的留言（" + message.title() + "）已于"
                    + OfficialDates.chinese(today) + "答复，请凭留言编号和查询码查看答复内容并评价。", "ANSWERED");
        } else {
            reply.notApproved(decided.decision() == Decision.RETURN);
            message.answerNotApproved();
            audit.record(decided.decidedBy(), message.organCode(), DeskHandling.ITEM_TYPE, id,
                    "MESSAGE_ANSWER_" + decided.decision().name() + "ED", decided.reason());
        }
    }
}
