package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;
import org.gongkai.search.entity.SearchHit;
import org.gongkai.search.entity.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.gongkai.search.control.CatalogueFixture.ANNUAL_REPORT;
import static org.gongkai.search.control.CatalogueFixture.ENROLMENT;
import static org.gongkai.search.control.CatalogueFixture.FEES;
import static org.gongkai.search.control.CatalogueFixture.INSURANCE;
import static org.gongkai.search.control.CatalogueFixture.SAFETY;
import static org.gongkai.search.control.CatalogueFixture.TUTORING;
import static org.gongkai.search.control.CatalogueFixture.WORK_POINTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexSynchronizerTest {

    /** The failures these tests provoke are logged as warnings: keep the build output readable. */
    private static final java.util.logging.Logger QUIET = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(IndexSynchronizer.class.getName());
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @TempDir
    Path dir;

    private final FakeCatalogue catalogue = new FakeCatalogue();
    private final FakeLog queue = new FakeLog("gongkai@2026-02-13 10:00:00.123456+08");
    private LuceneCatalogueIndex index;

    @BeforeEach
    void open() {
        index = new LuceneCatalogueIndex(dir.resolve("lucene"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private IndexSynchronizer synchronizer(int batch) {
        return new IndexSynchronizer(index, catalogue, queue, dir.resolve("state.properties"), TransactionRunner.DIRECT,
                batch);
    }

    @Test
    void aNewIndexIsBuiltFromThePublishedEntries() {
        catalogue.publish(ENROLMENT, WORK_POINTS, INSURANCE);
        queue.enqueue(ENROLMENT.entryId());
        IndexSynchronizer synchronizer = synchronizer(10);
        assertFalse(synchronizer.ready());
        synchronizer.synchronize();
        assertTrue(synchronizer.ready());
        assertEquals(Set.of(1L, 2L, 3L), indexed());
        assertEquals(1, catalogue.fullReads.get());
        assertAllApplied();
        IndexState state = state();
        assertEquals(queue.identity, state.database());
        assertEquals(queue.watermark(), state.applied(), "the rebuild starts the cursor at the log's watermark");
        assertEquals(Map.of(state.node(), state.applied()), queue.nodes, "the node told the others where it stands");
    }

    @Test
    void aRebuildReadsPageByPageEachPageInATransactionOfItsOwn() {
        catalogue.publish(ENROLMENT, WORK_POINTS, INSURANCE, ANNUAL_REPORT, TUTORING, SAFETY, FEES);
        List<Integer> transactions = new ArrayList<>();
        TransactionRunner counting = new TransactionRunner() {
            @Override
            public <T> T inTransaction(java.time.Duration timeout, java.util.function.Supplier<T> work) {
                assertTrue(timeout.toMinutes() <= 1, "short transactions only, not " + timeout);
                int pagesBefore = catalogue.pageReads.get();
                T result = work.get();
                transactions.add(catalogue.pageReads.get() - pagesBefore);
                return result;
            }
        };
        IndexSynchronizer synchronizer = new IndexSynchronizer(index, catalogue, queue,
                dir.resolve("state.properties"), counting, 2, 2, "");

        synchronizer.synchronize();

        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), indexed(), "every entry, none twice");
        assertEquals(7, index.search(SearchQuery.all(0, 100)).total());
        assertEquals(4, catalogue.pageReads.get(), "7 entries in pages of 2");
        assertTrue(transactions.stream().allMatch(pages -> pages <= 1), "at most one page per transaction: " + transactions);
    }

    @Test
    void queuedChangesReachTheIndexAndLeaveTheQueue() {
        catalogue.publish(ENROLMENT);
        IndexSynchronizer synchronizer = synchronizer(10);
        synchronizer.synchronize();

        catalogue.publish(TUTORING);
        queue.enqueue(TUTORING.entryId());
        catalogue.withdraw(ENROLMENT.entryId());
        queue.enqueue(ENROLMENT.entryId());
        synchronizer.synchronize();
        assertEquals(Set.of(TUTORING.entryId()), indexed());
        assertAllApplied();
        assertEquals(queue.watermark(), state().applied(), "caught up: the cursor stands at the watermark");
        assertEquals(1, catalogue.fullReads.get(), "no second rebuild");
    }

    @Test
    void manyUpdatesGoInBatchesAndOneEntryIsReadOncePerBatch() {
        IndexSynchronizer synchronizer = synchronizer(4);
        synchronizer.synchronize();
        catalogue.publish(ENROLMENT, WORK_POINTS, INSURANCE, ANNUAL_REPORT, TUTORING, SAFETY, FEES);
        for (SearchDocument entry : List.of(ENROLMENT, WORK_POINTS, INSURANCE, ANNUAL_REPORT, TUTORING, SAFETY, FEES)) {
            queue.enqueue(entry.entryId());
            queue.enqueue(entry.entryId());
        }
        synchronizer.synchronize();
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), indexed());
        assertAllApplied();
        assertEquals(7, catalogue.singleReads.get(), "each batch of 4 rows holds 2 entries twice");
    }

    @Test
    void updatesQueuedDuringAPassAreNotLost() {
        IndexSynchronizer synchronizer = synchronizer(2);
        synchronizer.synchronize();
        catalogue.publish(ENROLMENT, WORK_POINTS);
        queue.enqueue(ENROLMENT.entryId());
        // While ENROLMENT is being read, an editor withdraws it and publishes INSURANCE: both commit
        // with new queue rows. The row of INSURANCE got its id earlier but commits later (hidden now).
        long early = queue.reserve(INSURANCE.entryId());
        catalogue.onRead = entryId -> {
            if (entryId == ENROLMENT.entryId()) {
                catalogue.onRead = null;
                catalogue.withdraw(ENROLMENT.entryId());
                queue.enqueue(ENROLMENT.entryId());
                catalogue.publish(INSURANCE);
            }
        };
        synchronizer.synchronize();
        assertEquals(Set.of(), indexed(), "ENROLMENT's second row was applied in the same pass");
        assertTrue(state().applied().compareTo(new ChangeLog.Position(early, 0)) <= 0,
                "the cursor waits below the transaction still running");

        queue.commit(early);
        synchronizer.synchronize();
        assertEquals(Set.of(INSURANCE.entryId()), indexed());
        assertAllApplied();
    }

    @Test
    void anEntryThatCannotBeReadWaitsWithoutHoldingUpOthers() {
        IndexSynchronizer synchronizer = synchronizer(10);
        synchronizer.synchronize();
        catalogue.publish(ENROLMENT, WORK_POINTS);
        catalogue.broken.add(ENROLMENT.entryId());
        queue.enqueue(ENROLMENT.entryId());
        queue.enqueue(WORK_POINTS.entryId());
        synchronizer.synchronize();
        assertEquals(Set.of(WORK_POINTS.entryId()), indexed());
        assertEquals(Set.of(ENROLMENT.entryId()), state().retry(), "kept to be read again");

        catalogue.broken.clear();
        synchronizer.synchronize();
        assertEquals(Set.of(1L, 2L), indexed());
        assertAllApplied();
    }

    @Test
    void anIndexInStepIsKeptAcrossRestarts() {
        catalogue.publish(ENROLMENT, WORK_POINTS);
        synchronizer(10).synchronize();
        restart();
        synchronizer(10).synchronize();
        assertEquals(1, catalogue.fullReads.get());
        assertEquals(Set.of(1L, 2L), indexed());
    }

    @Test
    void anIndexOfAnotherDatabaseIsRebuilt() {
        catalogue.publish(ENROLMENT, WORK_POINTS);
        synchronizer(10).synchronize();
        restart();
        queue.identity = "gongkai@2026-03-01 09:00:00.5+08";
        catalogue.withdraw(WORK_POINTS.entryId());
        synchronizer(10).synchronize();
        assertEquals(2, catalogue.fullReads.get());
        assertEquals(Set.of(1L), indexed());
    }

    @Test
    void anIndexAheadOfARestoredDatabaseIsRebuilt() {
        catalogue.publish(ENROLMENT);
        IndexSynchronizer before = synchronizer(10);
        before.synchronize();
        catalogue.publish(WORK_POINTS);
        queue.enqueue(WORK_POINTS.entryId());
        queue.enqueue(WORK_POINTS.entryId());
        before.synchronize();
        restart();
        // the database comes back from a backup taken before WORK_POINTS was published
        queue.restoredTo(100);
        catalogue.withdraw(WORK_POINTS.entryId());
        synchronizer(10).synchronize();
        assertEquals(2, catalogue.fullReads.get());
        assertEquals(Set.of(1L), indexed());
    }

    @Test
    void anEmptyIndexWithPublishedEntriesIsRebuiltAndALostStateFileToo() {
        catalogue.publish(ENROLMENT);
        synchronizer(10).synchronize();
        index.replaceAll(Stream.empty());
        restart();
        synchronizer(10).synchronize();
        assertEquals(Set.of(1L), indexed());

        IndexState.delete(dir.resolve("state.properties"));
        restart();
        int reads = catalogue.fullReads.get();
        synchronizer(10).synchronize();
        assertEquals(reads + 1, catalogue.fullReads.get());
    }

    @Test
    void aFailedRebuildIsTriedAgain() {
        catalogue.publish(ENROLMENT);
        catalogue.failFullRead = true;
        IndexSynchronizer synchronizer = synchronizer(10);
        synchronizer.synchronize();
        assertFalse(synchronizer.ready());
        assertTrue(IndexState.read(dir.resolve("state.properties")).isEmpty());
        catalogue.failFullRead = false;
        synchronizer.synchronize();
        assertTrue(synchronizer.ready());
        assertEquals(Set.of(1L), indexed());
    }

    @Test
    void callsDuringAPassMakeItGoRoundAgainInsteadOfWaiting() throws Exception {
        IndexSynchronizer synchronizer = synchronizer(10);
        synchronizer.synchronize();
        catalogue.publish(ENROLMENT, WORK_POINTS);
        queue.enqueue(ENROLMENT.entryId());
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        catalogue.onRead = entryId -> {
            catalogue.onRead = null;
            reading.countDown();
            try {
                proceed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = new Thread(synchronizer::synchronize);
        first.start();
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        queue.enqueue(WORK_POINTS.entryId());
        synchronizer.synchronize(); // returns at once: the first pass is running
        proceed.countDown();
        first.join(10_000);
        assertEquals(Set.of(1L, 2L), indexed());
        assertAllApplied();
    }

    @Test
    void twoNodesEachApplyEveryChangeAndTheLogIsPrunedOnlyBelowTheSlowest() {
        catalogue.publish(ENROLMENT);
        LuceneCatalogueIndex otherIndex = new LuceneCatalogueIndex(dir.resolve("other/lucene"));
        try {
            IndexSynchronizer a = synchronizer(10);
            IndexSynchronizer b = new IndexSynchronizer(otherIndex, catalogue, queue, dir.resolve("other/state.properties"),
                    TransactionRunner.DIRECT, 10);
            a.synchronize();
            b.synchronize();
            catalogue.publish(TUTORING);
            queue.enqueue(TUTORING.entryId());
            a.synchronize();
            assertEquals(Set.of(1L, TUTORING.entryId()), indexed());
            assertEquals(1, queue.rows.size(), "node b has not applied the change yet: it stays");
            assertEquals(0, queue.prune(IndexSynchronizer.LIVE_MINUTES));
            b.synchronize();
            assertEquals(Set.of(1L, TUTORING.entryId()), indexed(otherIndex), "node b applied it from the log too");
            assertEquals(1, queue.prune(IndexSynchronizer.LIVE_MINUTES), "both applied it: pruned");
            assertEquals(2, queue.nodes.size());
        } finally {
            otherIndex.close();
        }
    }

    @Test
    void aNodeGivenUpForDeadRebuildsWhenItComesBack() {
        catalogue.publish(ENROLMENT);
        IndexSynchronizer a = synchronizer(10);
        a.synchronize();
        String node = state().node();
        restart();
        // while this node is away, another node applies and prunes changes it never saw
        queue.silent.add(node);
        catalogue.publish(TUTORING);
        queue.enqueue(TUTORING.entryId());
        queue.report("other", "", queue.watermark());
        queue.prune(IndexSynchronizer.LIVE_MINUTES);
        assertTrue(queue.rows.isEmpty());
        int reads = catalogue.fullReads.get();
        synchronizer(10).synchronize();
        assertEquals(reads + 1, catalogue.fullReads.get(), "rebuilt");
        assertEquals(Set.of(1L, TUTORING.entryId()), indexed());
        assertEquals(node, state().node(), "the same cursor, moved on");
    }

    @Test
    void aLiveNodeFoundPrunedPastRebuildsAtOnce() {
        catalogue.publish(ENROLMENT);
        IndexSynchronizer a = synchronizer(10);
        a.synchronize();
        String node = state().node();
        // a long pause: the others gave this node up and pruned a change it never applied
        queue.silent.add(node);
        catalogue.publish(TUTORING);
        queue.enqueue(TUTORING.entryId());
        queue.report("other", "", queue.watermark());
        queue.prune(IndexSynchronizer.LIVE_MINUTES);
        catalogue.publish(FEES);
        queue.enqueue(FEES.entryId());
        int reads = catalogue.fullReads.get();
        a.synchronize();
        assertEquals(reads + 1, catalogue.fullReads.get(), "rebuilt in the same call");
        assertEquals(Set.of(1L, TUTORING.entryId(), FEES.entryId()), indexed(), "nothing pruned is missing");
        assertTrue(a.ready());
    }

    private IndexState state() {
        return IndexState.read(dir.resolve("state.properties")).orElseThrow();
    }

    /** The node's cursor has passed every row of the log, and nothing waits to be read again. */
    private void assertAllApplied() {
        IndexState state = state();
        assertEquals(List.of(), queue.after(state.applied(), 1000));
        assertEquals(Set.of(), state.retry());
    }

    private Set<Long> indexed(LuceneCatalogueIndex other) {
        return other.search(SearchQuery.all(0, 100)).hits().stream().map(SearchHit::entryId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void restart() {
        index.close();
        index = new LuceneCatalogueIndex(dir.resolve("lucene"));
    }

    private Set<Long> indexed() {
        return index.search(SearchQuery.all(0, 100)).hits().stream().map(SearchHit::entryId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The catalogue as the search feature sees it. */
    static final class FakeCatalogue implements SearchDocumentSource {
        final Map<Long, SearchDocument> published = new ConcurrentHashMap<>();
        final Set<Long> broken = ConcurrentHashMap.newKeySet();
        final AtomicInteger fullReads = new AtomicInteger();
        final AtomicInteger singleReads = new AtomicInteger();
        final AtomicInteger pageReads = new AtomicInteger();
        static final java.util.Comparator<SearchDocument> NEWEST_FIRST = java.util.Comparator
                .comparing(SearchDocument::publishedOn, java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.LocalDate>naturalOrder()))
                .thenComparingLong(SearchDocument::entryId).reversed();
        volatile boolean failFullRead;
        volatile LongConsumer onRead;

        void publish(SearchDocument... entries) {
            for (SearchDocument entry : entries) {
                published.put(entry.entryId(), entry);
            }
        }

        void withdraw(long entryId) {
            published.remove(entryId);
        }

        @Override
        public Optional<SearchDocument> publishedDocument(long entryId) {
            singleReads.incrementAndGet();
            LongConsumer hook = onRead;
            if (hook != null) {
                hook.accept(entryId);
            }
            if (broken.contains(entryId)) {
                throw new IllegalStateException("entry " + entryId + " cannot be read");
            }
            return Optional.ofNullable(published.get(entryId));
        }

        @Override
        public List<SearchDocument> publishedPage(SearchDocument after, int limit) {
            if (after == null) {
                fullReads.incrementAndGet();
            }
            pageReads.incrementAndGet();
            if (failFullRead) {
                throw new IllegalStateException("connection lost");
            }
            return published.values().stream().sorted(NEWEST_FIRST)
                    .filter(document -> after == null || NEWEST_FIRST.compare(document, after) > 0)
                    .limit(limit).toList();
        }
    }

    /**
     * The change log: rows with the transaction that wrote them; transactions still running hold
     * back the watermark, as PostgreSQL's oldest running transaction does.
     */
    static final class FakeLog implements ChangeLog {
        /** id → {tx, entry} */
        final Map<Long, long[]> rows = new ConcurrentHashMap<>();
        final Set<Long> running = new HashSet<>();
        final Map<String, Position> nodes = new ConcurrentHashMap<>();
        final Set<String> silent = ConcurrentHashMap.newKeySet();
        long lastTx = 100;
        long lastId;
        long pruned;
        volatile String identity;

        FakeLog(String identity) {
            this.identity = identity;
        }

        /** A change committed at once, in a transaction of its own. */
        synchronized void enqueue(long entryId) {
            rows.put(++lastId, new long[]{++lastTx, entryId});
        }

        /** A change whose transaction has begun (and got its number) but not committed yet; returns the transaction. */
        synchronized long reserve(long entryId) {
            long tx = ++lastTx;
            rows.put(++lastId, new long[]{tx, entryId});
            running.add(tx);
            return tx;
        }

        synchronized void commit(long tx) {
            running.remove(tx);
        }

        /** A database restored from a backup hands out transaction numbers from an earlier point. */
        synchronized void restoredTo(long tx) {
            lastTx = tx;
        }

        private long oldestRunning() {
            return running.stream().min(Long::compare).orElse(lastTx + 1);
        }

        @Override
        public synchronized Position watermark() {
            return new Position(oldestRunning(), 0);
        }

        @Override
        public synchronized List<PendingUpdate> after(Position from, int limit) {
            long fence = oldestRunning();
            return rows.entrySet().stream()
                    .map(row -> new PendingUpdate(row.getValue()[0], row.getKey(), row.getValue()[1]))
                    .filter(row -> row.tx() < fence && row.position().compareTo(from) > 0)
                    .sorted(java.util.Comparator.comparing(PendingUpdate::position))
                    .limit(limit)
                    .toList();
        }

        @Override
        public synchronized long nextTransaction() {
            return lastTx + 1;
        }

        @Override
        public synchronized long prunedBelow() {
            return pruned;
        }

        @Override
        public void report(String node, String host, Position position) {
            nodes.put(node, position);
        }

        @Override
        public synchronized int prune(int liveMinutes) {
            Optional<Long> slowest = nodes.entrySet().stream().filter(node -> !silent.contains(node.getKey()))
                    .map(node -> node.getValue().tx()).min(Long::compare);
            if (slowest.isEmpty()) {
                return 0;
            }
            pruned = Math.max(pruned, slowest.get());
            int before = rows.size();
            rows.values().removeIf(row -> row[0] < pruned);
            return before - rows.size();
        }

        @Override
        public String databaseIdentity() {
            return identity;
        }
    }
}
