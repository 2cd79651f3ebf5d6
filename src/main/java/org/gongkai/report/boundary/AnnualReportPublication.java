package org.gongkai.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.review.boundary.PublicationGate;
import org.gongkai.review.entity.Decision;
import org.gongkai.review.entity.ReviewDecided;
import org.gongkai.review.entity.ReviewableItem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Publishes an annual report in the public column when, and only when, the confidentiality review
 * approves exactly the frozen version (Art. 17 of the OGI Regulations: 先审查、后公开; Art. 49-50:
 * the report is published on the portal). Runs inside the reviewer's decision transaction; the
 * database's gate (annual_report_gate) checks the same again.
 */
@ApplicationScoped
public class AnnualReportPublication implements ReviewableItem {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationGate gate;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public String itemType() {
        return AnnualReports.ITEM_TYPE;
    }

    @Override
    public String currentHash(long itemId, long versionId) {
        List<?> hashes = em.createNativeQuery("select content_hash from annual_report_version where id = ?1 and report_id = ?2")
                .setParameter(1, versionId).setParameter(2, itemId).getResultList();
        return hashes.isEmpty() ? null : hashes.get(0).toString();
    }

    @Override
    public String approvedText(long itemId) {
        List<?> bodies = em.createNativeQuery("select v.body from annual_report r join annual_report_version v"
                + " on v.id = r.published_version_id where r.id = ?1").setParameter(1, itemId).getResultList();
        return bodies.isEmpty() ? null
                : AnnualReports.plainText(org.gongkai.report.control.ReportJson.read((String) bodies.get(0)));
    }

    /** Due 31 January of the following year (Art. 49). */
    @Override
    public java.util.Optional<LocalDate> dueOn(long itemId, long versionId) {
        List<?> years = em.createNativeQuery("select year from annual_report where id = ?1").setParameter(1, itemId).getResultList();
        return years.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(LocalDate.of(((Number) years.get(0)).intValue() + 1, 1, 31));
    }

    void onReviewDecided(@Observes ReviewDecided decided) {
        if (!AnnualReports.ITEM_TYPE.equals(decided.itemType())) {
            return;
        }
        List<?> rows = em.createNativeQuery("select v.state, v.content_hash, r.organ_code, r.year from annual_report_version v"
                        + " join annual_report r on r.id = v.report_id where v.id = ?1 and v.report_id = ?2 for update")
                .setParameter(1, decided.versionId()).setParameter(2, decided.itemId()).getResultList();
        if (rows.isEmpty()) {
            throw new StateConflictException("review_stale");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!"IN_REVIEW".equals(row[0]) || !decided.contentHash().equals(row[1])) {
            throw new StateConflictException("review_stale");
        }
        String organ = (String) row[2];
        int year = ((Number) row[3]).intValue();
        String id = Long.toString(decided.itemId());
        if (decided.decision() == Decision.APPROVE) {
            if (!decided.finalStep()) {
                return;
            }
            gate.open(decided, (String) row[1]);
            LocalDate today = LocalDate.now(clock);
            em.createNativeQuery("update annual_report_version set state = 'APPROVED' where id = ?1")
                    .setParameter(1, decided.versionId()).executeUpdate();
            em.createNativeQuery("update annual_report set published_version_id = ?1, published_on = ?2 where id = ?3")
                    .setParameter(1, decided.versionId()).setParameter(2, today).setParameter(3, decided.itemId())
                    .executeUpdate();
            audit.record(decided.decidedBy(), organ, AnnualReports.ITEM_TYPE, id, "ANNUAL_REPORT_PUBLISHED",
                    year + "年政府信息公开工作年度报告经保密审查后公开");
        } else {
            em.createNativeQuery("update annual_report_version set state = ?1 where id = ?2")
                    .setParameter(1, decided.decision() == Decision.RETURN ? "RETURNED" : "REJECTED")
                    .setParameter(2, decided.versionId()).executeUpdate();
            audit.record(decided.decidedBy(), organ, AnnualReports.ITEM_TYPE, id, "ANNUAL_REPORT_" + decided.decision().name() + "ED",
                    year + "年度报告未通过审查：" + decided.reason());
        }
    }
}
