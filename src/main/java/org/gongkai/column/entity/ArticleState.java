package org.gongkai.column.entity;

/** An article's way through the review to the column. */
public enum ArticleState {
    IN_REVIEW, RETURNED, REJECTED, PUBLISHED
}
