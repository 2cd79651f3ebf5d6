package org.gongkai.search.control;

/** One queued index update: entry {@code entryId} changed; {@code id} orders the queue. */
public record PendingUpdate(long id, long entryId) {
}
