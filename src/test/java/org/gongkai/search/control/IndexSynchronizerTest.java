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
    private final FakeQueue queue = new FakeQueue("gongkai@2026-02-13 10:00:00.123456+08");
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
        assertTrue(queue.rows.isEmpty(), "updates queued before the rebuild are applied and removed");
        assertEquals(Optional.of(new IndexState(queue.identity, 1)), IndexState.read(dir.resolve("state.properties")));
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
                dir.resolve("state.properties"), counting, 2, 2);

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
        assertTrue(queue.rows.isEmpty());
        assertEquals(2, IndexState.read(dir.resolve("state.properties")).orElseThrow().appliedId());
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
        assertTrue(queue.rows.isEmpty());
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
        assertEquals(Set.of(early), queue.rows.keySet(), "the row committed late is still queued");

        queue.commit(early);
        synchronizer.synchronize();
        assertEquals(Set.of(INSURANCE.entryId()), indexed());
        assertTrue(queue.rows.isEmpty());
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
        assertEquals(1, queue.rows.size());

        catalogue.broken.clear();
        synchronizer.synchronize();
        assertEquals(Set.of(1L, 2L), indexed());
        assertTrue(queue.rows.isEmpty());
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
        queue.sequence.set(0);
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
        assertTrue(queue.rows.isEmpty());
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

    /** The search_pending table, with rows whose transaction has not committed yet hidden. */
    static final class FakeQueue implements PendingUpdates {
        final Map<Long, Long> rows = new ConcurrentHashMap<>();
        final Set<Long> uncommitted = new HashSet<>();
        final AtomicInteger sequence = new AtomicInteger();
        volatile String identity;

        FakeQueue(String identity) {
            this.identity = identity;
        }

        synchronized void enqueue(long entryId) {
            rows.put((long) sequence.incrementAndGet(), entryId);
        }

        synchronized long reserve(long entryId) {
            long id = sequence.incrementAndGet();
            rows.put(id, entryId);
            uncommitted.add(id);
            return id;
        }

        synchronized void commit(long id) {
            uncommitted.remove(id);
        }

        @Override
        public synchronized List<PendingUpdate> after(long afterId, int limit) {
            return rows.entrySet().stream()
                    .filter(row -> row.getKey() > afterId && !uncommitted.contains(row.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .limit(limit)
                    .map(row -> new PendingUpdate(row.getKey(), row.getValue()))
                    .toList();
        }

        @Override
        public synchronized void remove(Collection<Long> ids) {
            ids.forEach(rows::remove);
        }

        @Override
        public long lastIssuedId() {
            return sequence.get();
        }

        @Override
        public String databaseIdentity() {
            return identity;
        }
    }
}
