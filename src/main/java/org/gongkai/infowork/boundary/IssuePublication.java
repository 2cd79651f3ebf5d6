package org.gongkai.infowork.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.infowork.entity.Issue;
import org.gongkai.review.boundary.PublicationGate;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;

/**
 * An issue of a public publication as an item of the confidentiality review (先审查、后公开, Art. 17
 * of the OGI Regulations): its text is fixed when compiled; the final approval publishes exactly
 * that text through the {@link PublicationGate}, and the database refuses a published issue
 * without it.
 */
@ApplicationScoped
public class IssuePublication implements ReviewableItem {

    public static final String ITEM_TYPE = "INFO_ISSUE";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationGate gate;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    public String currentHash(long itemId, long versionId) {
        Issue issue = itemId == versionId ? em.find(Issue.class, itemId) : null;
        return issue == null ? null : issue.contentHash();
    }

    @Override
    public String approvedText(long itemId) {
        Issue issue = em.find(Issue.class, itemId);
        return issue == null || issue.publishedAt() == null ? null : issue.content();
    }

    void onReviewDecided(@Observes ReviewDecided decided) {
        if (!ITEM_TYPE.equals(decided.itemType())) {
            return;
        }
        Issue issue = em.find(Issue.class, decided.itemId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(issue);
        String id = issue.id().toString();
        if (decided.approved()) {
            gate.open(decided, issue.contentHash());
            issue.publish(clock.instant());
            em.flush();
            audit.record(decided.decidedBy(), issue.organCode(), ITEM_TYPE, id, "INFO_ISSUE_PUBLISHED",
                    issue.year() + "年第" + issue.number() + "期经保密审查后公开");
        } else if (decided.decision() != Decision.APPROVE) {
            issue.notApproved();
            audit.record(decided.decidedBy(), issue.organCode(), ITEM_TYPE, id, "INFO_ISSUE_NOT_APPROVED",
                    decided.decision().name() + "：" + decided.reason());
        }
    }
}
