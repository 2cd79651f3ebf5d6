package org.gongkai.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.search.control.CatalogueIndex;
import org.gongkai.search.control.IndexLocation;
import org.gongkai.search.control.IndexSynchronizer;
import org.gongkai.search.control.LuceneCatalogueIndex;
import org.gongkai.search.control.SearchDocumentSource;
import org.gongkai.search.control.TransactionRunner;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalogue's search index in this server: opened at start-up in {@code gongkai.index.dir}
 * (default: {@code index} in {@code gongkai.data.dir}, else a folder per database in the
 * temporary directory), rebuilt from the published catalogue when it cannot be trusted, and kept
 * in step with the change log that {@link SearchIndexQueue} writes: right after each commit, and
 * every two seconds in case a hand-off was lost (and to catch up with the changes made on other
 * nodes of a cluster: each node keeps its own index and follows the log with its own cursor, so
 * this timer runs on every node). Searches run concurrently.
 *
 * <p>Without a {@link SearchDocumentSource} bean (no catalogue in this build) the index stays as
 * it is and the queue is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    @ConfigProperty(name = "gongkai.index.dir")
    Optional<String> indexDir;

    @Inject
    @ConfigProperty(name = "gongkai.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "gongkai.db.url")
    Optional<String> databaseUrl;

    @Inject
    Instance<SearchDocumentSource> sources;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction userTransaction;

    @Resource
    TimerService timers;

    /** The container's threads, for the search threads below. */
    @Resource
    ManagedThreadFactory threadFactory;

    /** Where each search runs its slices of the index in parallel with its own thread: one per further core. */
    private ExecutorService searchThreads;

    private CatalogueIndex index;
    private IndexSynchronizer synchronizer;

    @PostConstruct
    void open() {
        Path location = IndexLocation.resolve(indexDir, dataDir, databaseUrl, System.getProperty("java.io.tmpdir"));
        LOG.info(() -> "Search index in " + location);
        int cores = Runtime.getRuntime().availableProcessors();
        searchThreads = cores > 1 ? Executors.newFixedThreadPool(cores - 1, threadFactory) : null;
        index = new LuceneCatalogueIndex(location.resolve("lucene"), 32, searchThreads);
        if (sources.isResolvable()) {
            synchronizer = new IndexSynchronizer(index, sources.get(), new DatabaseChangeLog(em),
                    location.resolve("state.properties"), new UserTransactions(), IndexSynchronizer.DEFAULT_BATCH,
                    IndexSynchronizer.REBUILD_PAGE, hostName());
            // Check (and rebuild, if needed) right after start-up, on a timer thread: deployment does not wait.
            timers.createSingleActionTimer(1, new TimerConfig("search index start-up", false));
        } else {
            LOG.info("No catalogue source (SearchDocumentSource) in this build: the search index is not kept in step");
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName() + " " + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    @Timeout
    void atStartUp() {
        synchronize();
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "search index: this node follows the change log")
    void everyFewSeconds() {
        synchronize();
    }

    /** Brings the index up to date with the queued updates; returns at once if a pass is running. */
    public void synchronize() {
        if (synchronizer != null) {
            synchronizer.synchronize();
        }
    }

    /** Published entries only; see {@link SearchQuery} for the words and filters. */
    public SearchResult search(SearchQuery query) {
        return index.search(query);
    }

    /** Whether the index has been checked (and rebuilt, if that was needed) since start-up. */
    public boolean ready() {
        return synchronizer == null || synchronizer.ready();
    }

    @PreDestroy
    void close() {
        if (synchronizer != null) {
            synchronizer.close();
        }
        if (index != null) {
            index.close();
        }
        if (searchThreads != null) {
            searchThreads.shutdown();
        }
    }

    /** Transactions of this bean's own, begun and ended here. */
    private final class UserTransactions implements TransactionRunner {

        @Override
        public <T> T inTransaction(Duration timeout, Supplier<T> work) {
            try {
                userTransaction.setTransactionTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
                userTransaction.begin();
            } catch (NotSupportedException | SystemException e) {
                throw new IllegalStateException("Cannot begin a transaction", e);
            }
            boolean committed = false;
            try {
                T result = work.get();
                userTransaction.commit();
                committed = true;
                return result;
            } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
                throw new IllegalStateException("The transaction did not commit", e);
            } finally {
                if (!committed) {
                    rollBack();
                }
            }
        }

        private void rollBack() {
            try {
                if (userTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    userTransaction.rollback();
                }
            } catch (SystemException | IllegalStateException | SecurityException e) {
                LOG.log(Level.WARNING, "Cannot roll back", e);
            }
        }
    }
}
