package org.gongkai.review.entity;

/** Where a review task stands. */
public enum ReviewStatus {
    /** waiting for the decision of its current step */
    PENDING,
    /** every step approved: the version may be published */
    APPROVED,
    /** sent back to the author for changes */
    RETURNED,
    /** publication refused */
    REJECTED,
    /** replaced by a new submission of a changed version */
    WITHDRAWN
}
