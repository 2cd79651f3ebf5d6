package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Keeps this node's index in step with the catalogue, following the change log with a cursor of
 * its own: every node of a cluster keeps its own index and reads every change; nobody removes a
 * change another node has not applied yet.
 *
 * <p>Once, before anything else, it decides whether the index can be trusted and rebuilds it from
 * {@link SearchDocumentSource#publishedPage} (a page per transaction) when not: no state file (new index, or a rebuild
 * that did not finish), built from another database, a cursor beyond what the database has handed
 * out (a restore), a cursor below what the log has pruned (the node was away longer than the
 * other nodes waited for it), or an empty index while entries are published. A rebuild starts at
 * the log's watermark, registered before the first page is read, so nothing it misses is pruned.
 *
 * <p>Then it applies the logged changes in (transaction, id) order, in batches: each changed entry
 * is looked up as the public sees it now and upserted or deleted, the batch is committed to the
 * index, and only then does the cursor move (in the state file, then reported to the database).
 * So a crash anywhere repeats work but loses none. An entry that cannot be read is kept in the
 * state file and tried again on every pass; it does not hold up the others. Every pass reports
 * the cursor (a heartbeat), and once a minute the rows every live node has applied are pruned.
 *
 * <p>{@link #synchronize()} may be called from many threads: one pass runs at a time, and a call
 * during a pass makes that pass go round once more instead of waiting.
 */
public final class IndexSynchronizer {

    public static final int DEFAULT_BATCH = 200;
    /** A node not heard of for this long no longer holds back the pruning of the log. */
    public static final int LIVE_MINUTES = 10;

    private static final Logger LOG = Logger.getLogger(IndexSynchronizer.class.getName());
    private static final Duration SHORT = Duration.ofMinutes(1);
    private static final long PRUNE_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    /** The cursor is reported when it moves, and at least this often as a heartbeat. */
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();
    /** Entries read per transaction during a rebuild. */
    public static final int REBUILD_PAGE = 2000;

    private final CatalogueIndex index;
    private final SearchDocumentSource source;
    private final ChangeLog log;
    private final Path stateFile;
    private final TransactionRunner transactions;
    private final int batch;
    private final int rebuildPage;
    private final String host;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile IndexState state;
    private volatile boolean closed;
    private long lastPrune = System.nanoTime() - PRUNE_EVERY_NANOS;
    private ChangeLog.Position reported;
    private long lastReport;

    public IndexSynchronizer(CatalogueIndex index, SearchDocumentSource source, ChangeLog log,
                             Path stateFile, TransactionRunner transactions, int batch) {
        this(index, source, log, stateFile, transactions, batch, Math.max(batch, REBUILD_PAGE), "");
    }

    /** As above, reading {@code rebuildPage} entries per transaction during a rebuild; {@code host} names the node for people. */
    public IndexSynchronizer(CatalogueIndex index, SearchDocumentSource source, ChangeLog log,
                             Path stateFile, TransactionRunner transactions, int batch, int rebuildPage, String host) {
        this.index = index;
        this.source = source;
        this.log = log;
        this.stateFile = stateFile;
        this.transactions = transactions;
        this.batch = batch;
        this.rebuildPage = rebuildPage;
        this.host = host;
    }

    /** Brings the index up to date; failures are logged and left for the next call. */
    public void synchronize() {
        requested.set(true);
        while (requested.get() && !closed && running.tryLock()) {
            try {
                while (requested.getAndSet(false) && !closed) {
                    pass();
                }
            } finally {
                running.unlock();
            }
        }
    }

    /** Stops further passes (the one running finishes its current step). */
    public void close() {
        closed = true;
    }

    /** Whether the start-up check (and rebuild, if one was needed) is done. */
    public boolean ready() {
        return state != null;
    }

    private void pass() {
        try {
            if (state == null) {
                state = checkOrRebuild();
            }
            applyPending();
            if (state == null) {
                return; // pruned past this node's cursor: the next pass rebuilds
            }
            report();
            if (System.nanoTime() - lastPrune >= PRUNE_EVERY_NANOS) {
                lastPrune = System.nanoTime();
                int pruned = transactions.inTransaction(SHORT, () -> log.prune(LIVE_MINUTES));
                if (pruned > 0) {
                    LOG.fine(() -> pruned + " changes applied by every live node pruned from the search change log");
                }
            }
        } catch (RuntimeException e) {
            if (closed) {
                LOG.log(Level.FINE, "Search index closed during a pass", e);
            } else {
                LOG.log(Level.WARNING, "The search index could not be brought up to date; tried again shortly", e);
            }
        }
    }

    private void report() {
        IndexState current = state;
        if (current.applied().equals(reported) && System.nanoTime() - lastReport < REPORT_EVERY_NANOS) {
            return;
        }
        transactions.inTransaction(SHORT, () -> {
            log.report(current.node(), host, current.applied());
            return null;
        });
        reported = current.applied();
        lastReport = System.nanoTime();
    }

    private IndexState checkOrRebuild() {
        String database = transactions.inTransaction(SHORT, log::databaseIdentity);
        long next = transactions.inTransaction(SHORT, log::nextTransaction);
        long pruned = transactions.inTransaction(SHORT, log::prunedBelow);
        Optional<IndexState> recorded = IndexState.read(stateFile);
        String reason = null;
        if (recorded.isEmpty()) {
            reason = "it has no record of its state (new, or a rebuild did not finish)";
        } else if (!recorded.get().database().equals(database)) {
            reason = "it was built from another database";
        } else if (recorded.get().applied().tx() > next) {
            reason = "the database is behind it (restored from a backup?)";
        } else if (recorded.get().applied().tx() < pruned) {
            reason = "the change log was pruned past it (this node was away longer than "
                    + LIVE_MINUTES + " minutes)";
        } else if (index.isEmpty() && anyPublished()) {
            reason = "it is empty while entries are published";
        }
        if (reason == null) {
            LOG.info(() -> "Search index in step with the database up to " + recorded.get().applied());
            return recorded.get();
        }
        String node = recorded.filter(r -> r.database().equals(database)).map(IndexState::node)
                .orElseGet(() -> UUID.randomUUID().toString());
        return rebuild(database, node, reason);
    }

    private boolean anyPublished() {
        return !transactions.inTransaction(SHORT, () -> source.publishedPage(null, 1)).isEmpty();
    }

    private IndexState rebuild(String database, String node, String reason) {
        LOG.info("Rebuilding the search index from the database: " + reason);
        long started = System.nanoTime();
        IndexState.delete(stateFile);
        ChangeLog.Position from = transactions.inTransaction(SHORT, log::watermark);
        // registered before the first page is read: the others do not prune what this rebuild may miss
        transactions.inTransaction(SHORT, () -> {
            log.report(node, host, from);
            return null;
        });
        index.replaceAll(publishedInPages());
        long pruned = transactions.inTransaction(SHORT, log::prunedBelow);
        if (from.tx() < pruned) {
            throw new IllegalStateException("the change log was pruned past this rebuild while it ran; rebuilt again");
        }
        // Changes of transactions at or after the watermark are applied again: harmless, and none is missed.
        IndexState rebuilt = new IndexState(database, node, from);
        rebuilt.write(stateFile);
        LOG.info(() -> "Search index rebuilt in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        return rebuilt;
    }
    /**
     * Every public entry, read a page at a time, each page in a short transaction of its own: the index
     * takes the documents as they come and commits once at the end, so an interrupted rebuild leaves
     * no state file and is started again.
     */
    private Stream<SearchDocument> publishedInPages() {
        Iterator<SearchDocument> documents = new Iterator<>() {
            private SearchDocument last;
            private Iterator<SearchDocument> page = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !exhausted) {
                    if (closed) {
                        throw new IllegalStateException("search index closed during a rebuild");
                    }
                    SearchDocument after = last;
                    List<SearchDocument> next = transactions.inTransaction(SHORT, () -> source.publishedPage(after, rebuildPage));
                    exhausted = next.size() < rebuildPage;
                    if (!next.isEmpty()) {
                        last = next.get(next.size() - 1);
                    }
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED), false);
    }

    private void applyPending() {
        while (!closed) {
            IndexState current = state;
            // the watermark first, the rows after: the rows' read then sees every change below the watermark
            ChangeLog.Position[] watermark = new ChangeLog.Position[1];
            List<PendingUpdate> rows = transactions.inTransaction(SHORT, () -> {
                watermark[0] = log.watermark();
                return log.after(current.applied(), batch);
            });
            if (rows.isEmpty() && current.retry().isEmpty()) {
                return;
            }
            long pruned = transactions.inTransaction(SHORT, log::prunedBelow);
            if (current.applied().tx() < pruned) {
                // this node was given up for dead while it lived (a long pause): start again from the catalogue
                IndexState.delete(stateFile);
                state = null;
                requested.set(true);
                LOG.warning("The search change log was pruned past this node's cursor; the index is rebuilt");
                return;
            }
            Set<Long> entries = new LinkedHashSet<>(current.retry());
            rows.forEach(row -> entries.add(row.entryId()));
            Map<Long, Optional<SearchDocument>> found = lookUp(entries);
            List<SearchDocument> upserts = new ArrayList<>();
            List<Long> deletions = new ArrayList<>();
            found.forEach((entryId, document) -> document.ifPresentOrElse(upserts::add, () -> deletions.add(entryId)));
            Set<Long> failed = new TreeSet<>(entries);
            failed.removeAll(found.keySet());
            index.apply(upserts, deletions);
            ChangeLog.Position reached = rows.isEmpty() ? current.applied() : rows.get(rows.size() - 1).position();
            if (!rows.isEmpty() && rows.size() < batch && watermark[0].compareTo(reached) > 0) {
                // caught up: nothing else lies below the watermark, so the cursor moves there (and the
                // rows of the last transaction read can be pruned once every node is past them)
                reached = watermark[0];
            }
            IndexState advanced = current.advanced(reached, failed);
            if (!advanced.equals(current)) {
                advanced.write(stateFile);
                state = advanced;
            }
            if (rows.size() < batch) {
                return;
            }
        }
    }

    /** The entries as the public sees them; entries that cannot be read now are left out. */
    private Map<Long, Optional<SearchDocument>> lookUp(Iterable<Long> entryIds) {
        try {
            return transactions.inTransaction(SHORT, () -> {
                Map<Long, Optional<SearchDocument>> found = new LinkedHashMap<>();
                entryIds.forEach(entryId -> found.put(entryId, source.publishedDocument(entryId)));
                return found;
            });
        } catch (RuntimeException batchFailed) {
            // Find the entries that fail, each in a transaction of its own, and keep their rows queued.
            Map<Long, Optional<SearchDocument>> found = new LinkedHashMap<>();
            for (long entryId : entryIds) {
                try {
                    found.put(entryId, transactions.inTransaction(SHORT, () -> source.publishedDocument(entryId)));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Catalogue entry " + entryId
                            + " cannot be read for the search index; tried again later", e);
                }
            }
            return found;
        }
    }
}
