package org.gongkai.search.control;

/**
 * One logged index update: entry {@code entryId} changed in transaction {@code tx}; ({@code tx},
 * {@code id}) orders the log.
 */
public record PendingUpdate(long tx, long id, long entryId) {

    public ChangeLog.Position position() {
        return new ChangeLog.Position(tx, id);
    }
}
