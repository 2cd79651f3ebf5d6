package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Keeps the index in step with the catalogue.
 *
 * <p>Once, before anything else, it decides whether the index can be trusted and rebuilds it from
 * {@link SearchDocumentSource#publishedPage} (a page per transaction) when not: no state file (new index, or a rebuild
 * that did not finish), built from another database, the database's queue behind what the index
 * applied (a restore), or an empty index while entries are published.
 *
 * <p>Then it applies the queued updates in id order, in batches: each queued entry is looked up
 * as the public sees it now and upserted or deleted, the batch is committed to the index, and only
 * then are exactly the rows read deleted. So a crash anywhere repeats work but loses none, and rows
 * queued meanwhile stay for the next pass. An entry that cannot be read keeps its rows and is
 * tried again on the next pass; it does not hold up the others.
 *
 * <p>{@link #synchronize()} may be called from many threads: one pass runs at a time, and a call
 * during a pass makes that pass go round once more instead of waiting.
 */
public final class IndexSynchronizer {

    public static final int DEFAULT_BATCH = 200;

    private static final Logger LOG = Logger.getLogger(IndexSynchronizer.class.getName());
    private static final Duration SHORT = Duration.ofMinutes(1);
    /** Entries read per transaction during a rebuild. */
    public static final int REBUILD_PAGE = 2000;

    private final CatalogueIndex index;
    private final SearchDocumentSource source;
    private final PendingUpdates pending;
    private final Path stateFile;
    private final TransactionRunner transactions;
    private final int batch;
    private final int rebuildPage;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile IndexState state;
    private volatile boolean closed;

    public IndexSynchronizer(CatalogueIndex index, SearchDocumentSource source, PendingUpdates pending,
                             Path stateFile, TransactionRunner transactions, int batch) {
        this(index, source, pending, stateFile, transactions, batch, Math.max(batch, REBUILD_PAGE));
    }

    /** As above, reading {@code rebuildPage} entries per transaction during a rebuild. */
    public IndexSynchronizer(CatalogueIndex index, SearchDocumentSource source, PendingUpdates pending,
                             Path stateFile, TransactionRunner transactions, int batch, int rebuildPage) {
        this.index = index;
        this.source = source;
        this.pending = pending;
        this.stateFile = stateFile;
        this.transactions = transactions;
        this.batch = batch;
        this.rebuildPage = rebuildPage;
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
        } catch (RuntimeException e) {
            if (closed) {
                LOG.log(Level.FINE, "Search index closed during a pass", e);
            } else {
                LOG.log(Level.WARNING, "The search index could not be brought up to date; tried again shortly", e);
            }
        }
    }

    private IndexState checkOrRebuild() {
        String database = transactions.inTransaction(SHORT, pending::databaseIdentity);
        long issued = transactions.inTransaction(SHORT, pending::lastIssuedId);
        Optional<IndexState> recorded = IndexState.read(stateFile);
        String reason = null;
        if (recorded.isEmpty()) {
            reason = "it has no record of its state (new, or a rebuild did not finish)";
        } else if (!recorded.get().database().equals(database)) {
            reason = "it was built from another database";
        } else if (issued < recorded.get().appliedId()) {
            reason = "the database is behind it (restored from a backup?)";
        } else if (index.isEmpty() && anyPublished()) {
            reason = "it is empty while entries are published";
        }
        if (reason == null) {
            LOG.info(() -> "Search index in step with the database up to update " + recorded.get().appliedId());
            return recorded.get();
        }
        return rebuild(database, issued, reason);
    }

    private boolean anyPublished() {
        return !transactions.inTransaction(SHORT, () -> source.publishedPage(null, 1)).isEmpty();
    }

    private IndexState rebuild(String database, long issued, String reason) {
        LOG.info("Rebuilding the search index from the database: " + reason);
        long started = System.nanoTime();
        IndexState.delete(stateFile);
        index.replaceAll(publishedInPages());
        // Updates queued before the rebuild are applied again: harmless, and none is missed.
        IndexState rebuilt = new IndexState(database, issued);
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
        long after = 0;
        while (!closed) {
            long cursor = after;
            List<PendingUpdate> rows = transactions.inTransaction(SHORT, () -> pending.after(cursor, batch));
            if (rows.isEmpty()) {
                return;
            }
            Map<Long, List<Long>> rowsByEntry = new LinkedHashMap<>();
            for (PendingUpdate row : rows) {
                rowsByEntry.computeIfAbsent(row.entryId(), entry -> new ArrayList<>()).add(row.id());
            }
            Map<Long, Optional<SearchDocument>> current = lookUp(rowsByEntry.keySet());
            List<SearchDocument> upserts = new ArrayList<>();
            List<Long> deletions = new ArrayList<>();
            List<Long> done = new ArrayList<>();
            current.forEach((entryId, document) -> {
                document.ifPresentOrElse(upserts::add, () -> deletions.add(entryId));
                done.addAll(rowsByEntry.get(entryId));
            });
            index.apply(upserts, deletions);
            if (!done.isEmpty()) {
                transactions.inTransaction(SHORT, () -> {
                    pending.remove(done);
                    return null;
                });
                long highest = done.stream().mapToLong(Long::longValue).max().orElse(0);
                IndexState advanced = state.applied(highest);
                if (advanced != state) {
                    advanced.write(stateFile);
                    state = advanced;
                }
            }
            after = rows.get(rows.size() - 1).id();
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
