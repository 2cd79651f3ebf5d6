package org.gongkai.request.boundary;

import org.gongkai.platform.control.OfficialDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ReplyLetter;
import org.gongkai.request.entity.ReplyState;
import org.gongkai.request.entity.RequestStatus;
import org.gongkai.review.boundary.PublicationGate;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Releases a reply letter to the applicant when, and only when, the confidentiality review
 * approves exactly that letter (Art. 17 of the OGI Regulations: 先审查、后公开); the request is then
 * closed with the letter's outcome. A returned or rejected letter sends the request back to the
 * officer. Runs inside the reviewer's decision transaction; the database's release gate checks the
 * same again.
 */
@ApplicationScoped
public class ReplyRelease implements ReviewableItem {

    public static final String ITEM_TYPE = "REPLY_LETTER";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationGate gate;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    RequestNotices notices;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    public String currentHash(long itemId, long versionId) {
        List<?> hashes = em.createNativeQuery("select content_hash from request_reply where id = ?1 and request_id = ?2")
                .setParameter(1, versionId)
                .setParameter(2, itemId)
                .getResultList();
        return hashes.isEmpty() ? null : hashes.get(0).toString();
    }

    @Override
    public String approvedText(long itemId) {
        DisclosureRequest request = em.find(DisclosureRequest.class, itemId);
        if (request == null || request.releasedReplyId() == null) {
            return null;
        }
        return em.find(ReplyLetter.class, request.releasedReplyId()).letter();
    }

    void onReviewDecided(@Observes ReviewDecided decided) {
        if (!ITEM_TYPE.equals(decided.itemType())) {
            return;
        }
        DisclosureRequest request = em.find(DisclosureRequest.class, decided.itemId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        ReplyLetter letter = em.find(ReplyLetter.class, decided.versionId());
        em.refresh(letter);
        if (letter.state() != ReplyState.IN_REVIEW || !letter.contentHash().equals(decided.contentHash())
                || request.status() != RequestStatus.REPLY_IN_REVIEW) {
            throw new StateConflictException("review_stale");
        }
        LocalDate today = LocalDate.now(clock);
        String id = request.id().toString();
        switch (decided.decision()) {
            case APPROVE -> {
                gate.open(decided, letter.contentHash());
                letter.markReleased(today);
                em.flush();
                request.release(letter, today);
                em.flush();
                String note = "本机关已作出答复（" + letter.outcome().label() + "），答复告知书已于"
                        + OfficialDates.chinese(today) + "送达，可在申请查询页面查看和下载。";
                audit.record(decided.decidedBy(), request.organCode(), RequestHandling.ITEM_TYPE, id, "REPLY_RELEASED", note);
                notices.tell(request, "REPLY_RELEASED", "您的政府信息公开申请已答复", note);
            }
            case RETURN, REJECT -> {
                if (decided.decision() == org.gongkai.review.entity.Decision.RETURN) {
                    letter.markReturned();
                } else {
                    letter.markRejected();
                }
                request.replyNotApproved();
                audit.record(decided.decidedBy(), request.organCode(), RequestHandling.ITEM_TYPE, id,
                        "REPLY_" + decided.decision().name() + "ED", "第" + letter.number() + "号答复告知书"
                                + (decided.decision() == org.gongkai.review.entity.Decision.RETURN ? "被退回修改" : "未通过审查")
                                + "：" + decided.reason());
            }
        }
    }
}
