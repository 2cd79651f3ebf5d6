package org.gongkai.search.control;

import java.util.List;

/**
 * The log of catalogue changes (the {@code search_pending} table) as each node's synchronizer
 * follows it with a cursor of its own. A change is identified by the transaction that wrote it and
 * its row id; a node reads only changes of transactions that are over (below the database's
 * oldest running transaction), in (transaction, id) order, so a transaction that commits late can
 * never fall behind a cursor that already passed it. Rows are pruned only below the slowest node
 * seen recently; a node whose cursor lies below what was pruned must rebuild its index.
 */
public interface ChangeLog {

    /**
     * Every change of a transaction below {@code position().tx()} is over and visible: a cursor at
     * this position has seen everything that exists so far (an index rebuilt from a later read is complete up to it).
     */
    Position watermark();

    /** At most {@code limit} changes after {@code from}, of finished transactions only, in (transaction, id) order. */
    List<PendingUpdate> after(Position from, int limit);

    /** The next transaction number the database will hand out: a cursor beyond it comes from a database since restored. */
    long nextTransaction();

    /** Changes of transactions below this number may have been pruned; 0 when nothing was. */
    long prunedBelow();

    /** Tells the other nodes where this node's cursor stands (and that the node is alive). */
    void report(String node, String host, Position position);

    /** Removes the changes every node seen within the last {@code liveMinutes} has applied; returns how many. */
    int prune(int liveMinutes);

    /** A name of the database that changes when it is created anew (not when it restarts). */
    String databaseIdentity();

    /** A place in the log: everything at or before ({@code tx}, {@code id}) is applied. */
    record Position(long tx, long id) implements Comparable<Position> {

        public static final Position START = new Position(0, 0);

        @Override
        public int compareTo(Position other) {
            int byTransaction = Long.compare(tx, other.tx);
            return byTransaction != 0 ? byTransaction : Long.compare(id, other.id);
        }
    }
}
