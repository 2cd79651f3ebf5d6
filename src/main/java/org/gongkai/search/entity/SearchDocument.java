package org.gongkai.search.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the index knows of one published catalogue entry. The catalogue feature builds these
 * (see {@link org.gongkai.search.control.SearchDocumentSource}); the body is plain text.
 *
 * @param subject the subject path, top level first, levels separated by {@code /}
 *                (e.g. {@code 科技、教育/教育})
 * @param year    the year the entry is filed under (the year facet)
 */
public record SearchDocument(long entryId, String indexNo, String title, String docNo, List<String> keywords,
                             String summary, String body, String organCode, String organName, String subject,
                             String genre, int year, String validity, LocalDate writtenOn,
                             LocalDate publishedOn) {

    public SearchDocument {
        Objects.requireNonNull(indexNo, "indexNo");
        Objects.requireNonNull(title, "title");
        keywords = keywords == null ? List.of() : keywords.stream().filter(Objects::nonNull).toList();
    }

    /** The top level of {@link #subject()}, or {@code null} without a subject. */
    public String subjectTop() {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        int slash = subject.indexOf('/');
        return (slash < 0 ? subject : subject.substring(0, slash)).strip();
    }
}
