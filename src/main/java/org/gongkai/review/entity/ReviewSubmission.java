package org.gongkai.review.entity;

import java.util.Set;

/**
 * What an item feature hands to the review when an author submits a version: which version, its
 * content hash, the text to scan, and who wrote it (they may not review it).
 */
public record ReviewSubmission(String itemType, long itemId, long versionId, String organCode, String title,
                               String contentHash, String text, boolean flaggedSensitive, String submittedBy,
                               Set<String> contributors) {
}
