package org.gongkai.catalogue.api;

import org.gongkai.calendar.entity.Deadline;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry as its editors see it: the working version, whether a version is public, the
 * statutory publication deadline, and each review with its decisions and reasons.
 */
public record StaffEntryDto(long id, int version, String status, boolean published, String indexNo,
                            String title, String docNo, LocalDate writtenOn, LocalDate formedOn, String subject,
                            String genre, String validity, List<String> keywords, String summary, String body,
                            String disclosureMode, boolean sensitive, String contentHash,
                            Deadline publicationDeadline,
                            List<CatalogueEntryDto.AttachmentDto> attachments, List<ReviewDto> reviews) {

    /** The status an editor sees, derived from the entry and its working version. */
    public static String statusOf(CatalogueEntry entry, CatalogueVersion working) {
        if (entry.isWithdrawn()) {
            return "WITHDRAWN";
        }
        return switch (working.state()) {
            case DRAFT -> "DRAFT";
            case SUBMITTED -> "IN_REVIEW";
            case RETURNED -> "RETURNED";
            case REJECTED -> "REJECTED";
            case APPROVED, SUPERSEDED -> "PUBLISHED";
        };
    }

    /** One line of the editors' list, with the Art. 26 deadline. */
    public record Line(long id, int version, String status, String title, String indexNo,
                       Deadline publicationDeadline) {
    }

    /** A review of one version and what each step decided. */
    public record ReviewDto(long taskId, String status, int step, int steps, List<DecisionDto> decisions) {
    }

    public record DecisionDto(int step, String role, String decision, String reason, String decidedBy,
                              String decidedAt) {
    }
}
