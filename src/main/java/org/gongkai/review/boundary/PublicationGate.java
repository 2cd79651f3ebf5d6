package org.gongkai.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.review.entity.ReviewDecided;

import java.util.Objects;

/**
 * The publication gate: 先审查、后公开 — nothing becomes public without a confidentiality review of
 * exactly the content that is published (Art. 17 of the OGI Regulations; Art. 35 of the State
 * Secrets Law; 一事一审: one review per item and per version). The whole rule, layer by layer:
 * <ol>
 * <li><b>Only what was submitted is reviewed</b>: submitting a version creates a review task bound
 *     to the version's content hash, which the database computes ({@link ReviewTasks#submit}).</li>
 * <li><b>Only people who did not write it decide</b>, each step by a different person with the
 *     step's role; a task whose item changed since submission cannot be decided
 *     ({@link ReviewTasks#decide}).</li>
 * <li><b>Only the last approval releases</b>: {@link ReviewDecided} with {@link ReviewDecided#approved()}
 *     is the one signal on which a feature publishes (catalogue entries and guides:
 *     {@code CataloguePublication}; reply letters: {@code ReplyRelease}).</li>
 * <li><b>The publishing feature asks this gate</b> ({@link #open}) before it makes the version
 *     public: the approval must cover this item, this version and its current content hash.</li>
 * <li><b>The database refuses anything else</b>: the triggers on {@code catalogue_entry} and
 *     {@code disclosure_request} ask the same SQL function {@code review_approved} (migrations V21,
 *     V40, V41) before a version becomes the public one, whatever code or SQL tries it.</li>
 * <li><b>Public views read only the public version</b>: the public catalogue, guide, search and the
 *     applicant's letter read {@code published_version_id} / {@code released_reply_id} and nothing
 *     else.</li>
 * </ol>
 */
@ApplicationScoped
public class PublicationGate {

    @PersistenceContext
    EntityManager em;

    /**
     * Whether an approved review task covers this version of this item with exactly this content
     * hash: the question the database's triggers ask, asked the same way.
     */
    public boolean approved(String itemType, long itemId, long versionId, String contentHash) {
        if (contentHash == null) {
            return false;
        }
        Object answer = em.createNativeQuery("select review_approved(?1, ?2, ?3, ?4)")
                .setParameter(1, itemType)
                .setParameter(2, itemId)
                .setParameter(3, versionId)
                .setParameter(4, contentHash)
                .getSingleResult();
        return Boolean.TRUE.equals(answer);
    }

    /**
     * Lets a decided version through, or refuses with 409: the decision must be the final approval,
     * the version's content must still be what was reviewed, and the approval must be stored.
     *
     * @param currentHash the content hash of the version as it is now
     */
    public void open(ReviewDecided decided, String currentHash) {
        if (!decided.approved() || !Objects.equals(decided.contentHash(), currentHash)
                || !approved(decided.itemType(), decided.itemId(), decided.versionId(), currentHash)) {
            throw new StateConflictException("review_stale");
        }
    }
}
