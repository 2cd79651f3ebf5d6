package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The automatic pre-scan of the confidentiality review (保密审查, Art. 17 of the OGI Regulations):
 * reports classification markings, sensitive terms and personal data in a text, with masking
 * suggestions for the personal data. It only reports; deciding is for the reviewers.
 *
 * <p>Built once from the sensitive-term list (thousands of terms are fine: they are matched in one
 * pass by an Aho–Corasick automaton), then immutable and safe to share between threads; rebuild it
 * when ADMIN changes the list. Every scan is linear in the length of the text, with no regular
 * expressions.
 *
 * <p>What is reported, and what deliberately is not:
 * <ul>
 * <li>{@link FindingKind#CLASSIFICATION_MARK}: 绝密, 机密, 秘密 (with ★ and a period or without),
 *     工作秘密, 内部, 内部资料 注意保存 — where used as a marking, not in prose such as 保守国家秘密
 *     (the rules are documented on the package's {@code ClassificationMarks}). A sensitive term inside a
 *     marking is reported once, as the marking.</li>
 * <li>{@link FindingKind#SENSITIVE_TERM}: terms of the list, ignoring case and full-width forms; a term
 *     inside a longer matched term is not reported, partly overlapping terms both are.</li>
 * <li>{@link FindingKind#ID_NUMBER}: 18-character resident identity numbers with a valid province code,
 *     birth date and ISO 7064 MOD 11-2 check character (X allowed).</li>
 * <li>{@link FindingKind#PHONE}: mainland mobile numbers, 11 digits from 13 to 19, optionally after 86 or
 *     +86 and separated as 138-1234-5678 or 138 1234 5678. Landlines (0731-88888888) are office
 *     numbers that disclosures publish on purpose and are not reported.</li>
 * <li>{@link FindingKind#BANK_CARD}: 16 to 19 digits, optionally in groups of four, passing the Luhn check.</li>
 * <li>{@link FindingKind#EMAIL}: e-mail addresses. Digits in an address are reported as the address.</li>
 * </ul>
 * A number counts only as a whole run of digits: none is found inside a longer run of digits, glued to a
 * Latin letter or next to a decimal point, so document numbers (湘政办发〔2025〕12号), dates and codes such
 * as 统一社会信用代码 do not raise findings.
 *
 * <p>Masking suggestions (PIPL Art. 25, 55), each replacing exactly the finding's text: mobile numbers
 * keep their first 3 and last 4 digits ({@code 138****5678}, {@code +86 138-****-5678}); identity numbers
 * their first 2 and last 3 characters, at the same length ({@code 43*************234}); card numbers
 * their last 4 digits ({@code ************5671}); e-mail addresses the first character of the local
 * part ({@code z***@example.cn}). Separators stay where they are.
 */
public final class ContentScanner {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparing(Finding::kind);

    private final TermAutomaton terms;

    /** @param sensitiveTerms the sensitive-term list; blank entries are ignored, duplicates harmless */
    public ContentScanner(Collection<String> sensitiveTerms) {
        this.terms = new TermAutomaton(Objects.requireNonNull(sensitiveTerms, "sensitiveTerms"));
    }

    /** @return the number of distinct sensitive terms (after folding case and full-width forms) */
    public int termCount() {
        return terms.termCount();
    }

    /**
     * @param text the text to scan, e.g. an entry's title and body as plain text, or an attachment's text
     * @return the findings, ordered by start (then longest first); offsets count {@code char}s of
     *         {@code text}
     */
    public List<Finding> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        char[] chars = text.toCharArray();
        List<Finding> emails = new ArrayList<>();
        PersonalData.findEmails(chars, emails);
        List<Finding> findings = new ArrayList<>(emails);
        PersonalData.findNumbers(chars, emails, findings);
        List<Finding> marks = new ArrayList<>();
        ClassificationMarks.find(chars, marks);
        findings.addAll(marks);
        List<Finding> termsFound = new ArrayList<>();
        terms.scan(chars, termsFound);
        addOutside(termsFound, marks, findings);
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** Adds the terms that do not lie inside a marking: 秘密 in 秘密★1年 is reported once, as the marking. */
    private static void addOutside(List<Finding> terms, List<Finding> marks, List<Finding> out) {
        int m = 0;
        for (Finding term : terms) {
            while (m < marks.size() && marks.get(m).end() <= term.start()) {
                m++;
            }
            if (m < marks.size() && marks.get(m).start() <= term.start() && term.end() <= marks.get(m).end()) {
                continue;
            }
            out.add(term);
        }
    }

    /**
     * Replaces each finding that carries a suggestion by its suggestion (findings without one, markings
     * and sensitive terms, are left to a person). The editor saves the result as a new version, which is
     * reviewed again.
     *
     * @param text     the text that was scanned
     * @param findings findings of a scan of exactly this text, or a selection of them, in any order
     * @return the masked text
     * @throws IllegalArgumentException when a finding does not match the text (another version was
     *                                  scanned) or two findings with suggestions overlap
     */
    public String applyMasking(String text, List<Finding> findings) {
        Objects.requireNonNull(text, "text");
        List<Finding> masks = new ArrayList<>();
        for (Finding f : findings) {
            if (f.suggestion() != null) {
                if (f.end() > text.length() || !text.regionMatches(f.start(), f.text(), 0, f.text().length())) {
                    throw new IllegalArgumentException("a finding at [" + f.start() + ", " + f.end()
                            + ") does not match the text: was another version scanned?");
                }
                masks.add(f);
            }
        }
        masks.sort(ORDER);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Finding f : masks) {
            if (f.start() < copied) {
                throw new IllegalArgumentException("findings with suggestions overlap at " + f.start());
            }
            out.append(text, copied, f.start()).append(f.suggestion());
            copied = f.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
