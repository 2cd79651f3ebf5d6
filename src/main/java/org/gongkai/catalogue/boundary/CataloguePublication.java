package org.gongkai.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.catalogue.control.PublicationPeriod;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.catalogue.entity.VersionState;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.review.boundary.PublicationGate;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a catalogue entry's version when, and only when, the confidentiality review approves
 * it (Art. 17 of the OGI Regulations: 先审查、后公开). Runs inside the reviewer's decision
 * transaction; the database's gate trigger checks the same again.
 */
@ApplicationScoped
public class CataloguePublication implements ReviewableItem {

    public static final String ITEM_TYPE = "CATALOGUE_ENTRY";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationGate gate;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    IndexNumberAllocator indexNumbers;

    @Inject
    CatalogueChanges changes;

    @Inject
    WorkingDayCalendar calendar;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    public String currentHash(long itemId, long versionId) {
        List<?> hashes = em.createNativeQuery("select content_hash from catalogue_version where id = ?1 and entry_id = ?2")
                .setParameter(1, versionId)
                .setParameter(2, itemId)
                .getResultList();
        return hashes.isEmpty() ? null : hashes.get(0).toString();
    }

    @Override
    public String approvedText(long itemId) {
        CatalogueEntry entry = em.find(CatalogueEntry.class, itemId);
        if (entry == null || entry.publishedVersionId() == null) {
            return null;
        }
        return CatalogueTexts.reviewText(em.find(CatalogueVersion.class, entry.publishedVersionId()));
    }

    /** Art. 26: the version is to be public within 20 working days of being formed. */
    @Override
    public Optional<LocalDate> dueOn(long itemId, long versionId) {
        CatalogueVersion version = em.find(CatalogueVersion.class, versionId);
        return version == null ? Optional.empty()
                : Optional.of(PublicationPeriod.dueDate(version.formedOn(), calendar.snapshot()).due());
    }

    void onReviewDecided(@Observes ReviewDecided decided) {
        if (!ITEM_TYPE.equals(decided.itemType())) {
            return;
        }
        CatalogueEntry entry = em.find(CatalogueEntry.class, decided.itemId(), LockModeType.PESSIMISTIC_WRITE);
        CatalogueVersion version = em.find(CatalogueVersion.class, decided.versionId());
        em.refresh(version);
        if (version.state() != VersionState.SUBMITTED || !version.contentHash().equals(decided.contentHash())) {
            throw new StateConflictException("review_stale");
        }
        switch (decided.decision()) {
            case APPROVE -> {
                gate.open(decided, version.contentHash());
                publish(entry, version, decided.taskId(), decided.contentHash(), decided.decidedBy());
            }
            case RETURN -> version.markReturned();
            case REJECT -> version.markRejected();
        }
        if (!decided.approved()) {
            audit.record(decided.decidedBy(), entry.organCode(), ITEM_TYPE, entry.id().toString(),
                    "ENTRY_" + decided.decision().name() + "ED", "version " + version.number() + ": " + decided.reason());
        }
    }

    /** Makes the approved version the public one; the first publication assigns the index number. */
    void publish(CatalogueEntry entry, CatalogueVersion version, long taskId, String contentHash, String decidedBy) {
        if (entry.publishedVersionId() != null) {
            em.find(CatalogueVersion.class, entry.publishedVersionId()).markSuperseded();
        }
        version.markApproved();
        LocalDate today = LocalDate.now(clock);
        String indexNo = entry.indexNo() != null ? null : indexNumbers.next(entry.organCode(), today.getYear());
        entry.publish(version, today, indexNo);
        entry.workOn(version);
        em.flush();
        audit.record(decidedBy, entry.organCode(), ITEM_TYPE, entry.id().toString(), "ENTRY_PUBLISHED",
                "version " + version.number() + " as " + entry.indexNo() + " (review task " + taskId
                        + ", hash " + contentHash + ")");
        changes.changed(entry.id());
    }
}
