package org.gongkai.request.boundary;

/** A notice was written; once the transaction commits, the sender goes through the pending ones. */
public record NoticeQueued(long noticeId) {
}
