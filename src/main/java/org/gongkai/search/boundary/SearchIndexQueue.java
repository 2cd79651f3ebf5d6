package org.gongkai.search.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.gongkai.search.entity.PendingIndexUpdate;

import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Queues a catalogue entry for the search index in the caller's transaction, so that the change
 * and its index update commit (or roll back) together. After the commit the indexer is asked to
 * catch up at once, on another thread; if that hand-off is lost, its timer catches up within seconds.
 * Call it for every change of what the public sees of an entry: publication, correction,
 * withdrawal, a change of validity.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchIndexQueue {

    private static final Logger LOG = Logger.getLogger(SearchIndexQueue.class.getName());
    private static final String HAND_OFF = SearchIndexQueue.class.getName() + ".handOff";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SearchIndexer indexer;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Resource
    ManagedExecutorService executor;

    public void enqueue(long entryId) {
        em.persist(new PendingIndexUpdate(entryId, clock.instant()));
        if (transaction.getResource(HAND_OFF) == null) {
            transaction.putResource(HAND_OFF, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new HandOffAfterCommit(indexer, executor));
        }
    }

    /** One per transaction, however many entries it queued. */
    private record HandOffAfterCommit(SearchIndexer indexer, ManagedExecutorService executor)
            implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            try {
                executor.execute(indexer::synchronize);
            } catch (RejectedExecutionException | IllegalStateException e) {
                LOG.log(Level.FINE, "Search index hand-off refused; the timer catches up", e);
            }
        }
    }
}
