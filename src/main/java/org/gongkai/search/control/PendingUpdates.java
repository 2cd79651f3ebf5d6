package org.gongkai.search.control;

import java.util.Collection;
import java.util.List;

/** The queue of index updates (the {@code search_pending} table) as the synchronizer uses it. */
public interface PendingUpdates {

    /** At most {@code limit} committed updates with an id above {@code afterId}, in id order. */
    List<PendingUpdate> after(long afterId, int limit);

    /** Removes exactly these updates; others, even of the same entries, stay. */
    void remove(Collection<Long> ids);

    /** The highest id handed out so far (committed or not), 0 before the first. */
    long lastIssuedId();

    /** A name of the database that changes when it is created anew (not when it restarts). */
    String databaseIdentity();
}
