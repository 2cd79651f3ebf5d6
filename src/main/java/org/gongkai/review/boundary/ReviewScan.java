package org.gongkai.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.platform.boundary.SharedDataChanged;
import org.gongkai.review.control.ContentScanner;
import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The automatic pre-scan of a submission: classification marks, the administrators' sensitive
 * terms and personal data. It reports; people decide. The scanner is built once from the term
 * list and rebuilt after the list changes.
 */
@ApplicationScoped
public class ReviewScan {

    /** The findings as JSON for the task, whether they make the item sensitive, and a line for the history. */
    public record Report(String findingsJson, boolean sensitive, String summary) {
    }

    /** The row of {@code shared_version} that every change of {@code sensitive_term} raises. */
    public static final String SHARED_NAME = "sensitive_terms";

    /** Fired when administrators change the term list. */
    public record TermsChanged(int count) {
    }

    @PersistenceContext
    EntityManager em;

    private final Jsonb jsonb = JsonbBuilder.create();
    private volatile ContentScanner scanner;

    public Report scan(String text) {
        List<Finding> findings = scanner().scan(text);
        boolean sensitive = findings.stream().anyMatch(f -> !f.kind().isPersonalData());
        Map<FindingKind, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::kind, () -> new EnumMap<>(FindingKind.class), Collectors.counting()));
        // The history gets counts only: the findings themselves may be personal data.
        String summary = findings.size() + " findings " + counts;
        return new Report(jsonb.toJson(findings), sensitive, summary);
    }

    /** The text with every personal-data finding replaced by its masking suggestion. */
    public String maskPersonalData(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        ContentScanner current = scanner();
        List<Finding> personal = current.scan(text).stream()
                .filter(f -> f.kind().isPersonalData() && f.suggestion() != null)
                .toList();
        return personal.isEmpty() ? text : current.applyMasking(text, personal);
    }

    ContentScanner scanner() {
        ContentScanner current = scanner;
        if (current == null) {
            List<String> terms = em.createNativeQuery("select term from sensitive_term order by term").getResultList()
                    .stream().map(Object::toString).toList();
            current = new ContentScanner(terms);
            scanner = current;
        }
        return current;
    }

    void rebuild(@Observes(during = TransactionPhase.AFTER_SUCCESS) TermsChanged changed) {
        scanner = null;
    }

    /** The term list changed on another node of a cluster (or here): the database raised its version. */
    void rebuildWhenShared(@Observes SharedDataChanged change) {
        if (SHARED_NAME.equals(change.name())) {
            scanner = null;
        }
    }
}
