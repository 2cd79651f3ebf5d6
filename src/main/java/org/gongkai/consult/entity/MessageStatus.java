package org.gongkai.consult.entity;

/**
 * Where a message stands: RECEIVED (waits for the office's screening), ASSIGNED (the unit drafts the
 * answer), IN_REVIEW (the answer is in the confidentiality review), ANSWERED (the approved answer is
 * released), INVALID (screened out, with the reason).
 */
public enum MessageStatus {
    RECEIVED, ASSIGNED, IN_REVIEW, ANSWERED, INVALID;

    /** Still waiting for an answer. */
    public boolean open() {
        return this == RECEIVED || this == ASSIGNED || this == IN_REVIEW;
    }
}
