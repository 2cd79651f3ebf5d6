package org.gongkai.review.entity;

/**
 * Implemented by each feature whose items go through the review (catalogue entries, guides,
 * reply letters): lets the review see whether a task still covers the item's current content.
 */
public interface ReviewableItem {

    /** The item type this implementation answers for, e.g. {@code CATALOGUE_ENTRY}. */
    String itemType();

    /** The version's content hash as it is now (the database computes it), or null if gone. */
    String currentHash(long itemId, long versionId);

    /** The text of the item as the public sees it now (the last approved version), or null if none. */
    String approvedText(long itemId);

    /** The statutory deadline the review should keep in mind (publication, reply), if any. */
    default java.util.Optional<java.time.LocalDate> dueOn(long itemId, long versionId) {
        return java.util.Optional.empty();
    }
}
