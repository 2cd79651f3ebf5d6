package org.gongkai.consult.entity;

/** An answer's way through the review. */
public enum ReplyState {
    IN_REVIEW, RETURNED, REJECTED, RELEASED
}
