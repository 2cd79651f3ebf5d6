package org.gongkai.column.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.column.entity.Article;
import org.gongkai.column.entity.ArticleState;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.review.boundary.PublicationGate;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Publishes an article in its column when, and only when, the confidentiality review approves
 * exactly its content (先审查、后公开, Art. 17 of the OGI Regulations); the database's gate on
 * {@code column_article} checks the same again.
 */
@ApplicationScoped
public class ArticlePublication implements ReviewableItem {

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
        return SiteColumns.ITEM_TYPE;
    }

    @Override
    public String currentHash(long itemId, long versionId) {
        List<?> hashes = em.createNativeQuery("select content_hash from column_article where id = ?1 and id = ?2")
                .setParameter(1, itemId)
                .setParameter(2, versionId)
                .getResultList();
        return hashes.isEmpty() ? null : hashes.get(0).toString();
    }

    @Override
    public String approvedText(long itemId) {
        Article article = em.find(Article.class, itemId);
        return article == null || article.state() != ArticleState.PUBLISHED ? null : article.title() + "\n" + article.body();
    }

    void onReviewDecided(@Observes ReviewDecided decided) {
        if (!SiteColumns.ITEM_TYPE.equals(decided.itemType())) {
            return;
        }
        Article article = em.find(Article.class, decided.itemId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(article);
        if (article.state() != ArticleState.IN_REVIEW || !article.contentHash().equals(decided.contentHash())) {
            throw new StateConflictException("review_stale");
        }
        if (decided.decision() == Decision.APPROVE) {
            gate.open(decided, article.contentHash());
            article.publish(LocalDate.now(clock));
            em.flush();
            audit.record(decided.decidedBy(), null, SiteColumns.ITEM_TYPE, article.id().toString(), "ARTICLE_PUBLISHED",
                    "column " + article.columnCode());
        } else {
            article.notApproved(decided.decision() == Decision.RETURN);
            audit.record(decided.decidedBy(), null, SiteColumns.ITEM_TYPE, article.id().toString(),
                    "ARTICLE_" + decided.decision().name() + "ED", decided.reason());
        }
    }
}
