package org.gongkai.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.entity.FacetCount;
import org.gongkai.search.entity.SearchDocument;
import org.gongkai.search.entity.SearchHit;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The catalogue index in a directory of the local file system (one process at a time: Lucene
 * locks it). Analysis by {@link CatalogueAnalyzer}, matching as {@link CatalogueQueries} says,
 * hits ordered by score (title matches first), then newest publication date, then newest entry
 * ({@link RankedWindow}). A search makes two passes: one over every hit without scores, for the
 * exact total and the facet counts (Lucene facets over sorted-set doc values), and one that finds
 * the page of best hits and stops early; given an executor, each pass runs the index's slices of
 * segments in parallel. Highlighting by Lucene's unified highlighter: titles and summaries with the
 * offsets in their postings and their texts from doc values, bodies by analysing the stored text
 * again. Each searcher keeps the counts and pages it has answered ({@link CatalogueSearcher}): a
 * repeated search is looked up, never stale. Writes are serialised and committed before they
 * return; searches run concurrently on the latest committed state.
 */
public final class LuceneCatalogueIndex implements CatalogueIndex {

    /** The most characters of a snippet (without markup). */
    static final int SNIPPET_CHARS = 120;
    /** How much of a text is searched for a passage to show; matches further on show the start. */
    static final int MAX_HIGHLIGHTED = 3_000;
    /** The most values listed per facet dimension. */
    static final int MAX_FACET_VALUES = 100;

    private static final Logger LOG = Logger.getLogger(LuceneCatalogueIndex.class.getName());

    /** Names the fields and order of the index; an index of another layout is replaced (and rebuilt). */
    private static final String LAYOUT = "gongkai-catalogue-3";
    private static final String LAYOUT_KEY = "layout";
    private static final String[] HIGHLIGHTED = {CatalogueFields.TITLE, CatalogueFields.SUMMARY, CatalogueFields.BODY};
    private static final String[] TITLE_AND_SUMMARY = {CatalogueFields.TITLE, CatalogueFields.SUMMARY};
    private static final int[] ONE_PASSAGE_EACH = {1, 1};

    private final Directory directory;
    private final double ramBufferMb;
    private final Analyzer analyzer = new CatalogueAnalyzer();
    private final FacetsConfig facetsConfig = CatalogueFields.facetsConfig();
    private final CatalogueQueries queries = new CatalogueQueries(analyzer);
    private final PassageFormatter titleFormatter = new MarkFormatter(0);
    private final PassageFormatter snippetFormatter = new MarkFormatter(SNIPPET_CHARS);
    private final ReentrantLock writing = new ReentrantLock();
    private final FacetCounter facetCounter = new FacetCounter();
    private final Executor searchThreads;
    /** How many searches were computed rather than answered from what a searcher kept. */
    private final LongAdder computed = new LongAdder();

    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean closed;

    /**
     * Opens the index in {@code path}, a folder of its own: created with an empty index when
     * missing; emptied when it holds an index that cannot be read or has another layout.
     */
    public LuceneCatalogueIndex(Path path) {
        this(path, 32, null);
    }

    /**
     * @param ramBufferMb memory for documents not yet written to segments (more = faster bulk indexing)
     * @param searchThreads where a search runs its slices of segments in parallel (the calling
     *                      thread takes part); null: each search in its calling thread alone
     */
    public LuceneCatalogueIndex(Path path, double ramBufferMb, Executor searchThreads) {
        this.ramBufferMb = ramBufferMb;
        this.searchThreads = searchThreads;
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    private void open() throws IOException {
        boolean exists = DirectoryReader.indexExists(directory);
        boolean current = false;
        if (exists) {
            // The database is the system of record: an index that cannot be used starts afresh and is rebuilt.
            try {
                current = LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY));
                if (!current) {
                    LOG.info("The search index has an older layout: it starts empty and is rebuilt from the database");
                }
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                LOG.log(Level.WARNING, "The search index cannot be read: it starts empty and is rebuilt from the database", e);
                // Even a new index reads the old commit point: clear the folder (it belongs to the index).
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setIndexSort(RankedWindow.INDEX_ORDER)
                .setRAMBufferSizeMB(ramBufferMb)
                // Only what a method commits counts: an interrupted replaceAll leaves the old content.
                .setCommitOnClose(false);
        IndexWriter opened = new IndexWriter(directory, config);
        opened.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        if (!current) {
            opened.commit();
        }
        writer = opened;
        searchers = new SearcherManager(opened, new CatalogueSearcherFactory());
    }

    @Override
    public void upsert(SearchDocument document) {
        write(indexWriter -> indexWriter.updateDocument(CatalogueFields.idTerm(document.entryId()),
                CatalogueFields.document(document, facetsConfig)));
    }

    @Override
    public void delete(long entryId) {
        write(indexWriter -> indexWriter.deleteDocuments(CatalogueFields.idTerm(entryId)));
    }

    @Override
    public void apply(Collection<SearchDocument> upserts, Collection<Long> deletions) {
        if (upserts.isEmpty() && deletions.isEmpty()) {
            return;
        }
        write(indexWriter -> {
            for (SearchDocument document : upserts) {
                indexWriter.updateDocument(CatalogueFields.idTerm(document.entryId()),
                        CatalogueFields.document(document, facetsConfig));
            }
            for (long entryId : deletions) {
                indexWriter.deleteDocuments(CatalogueFields.idTerm(entryId));
            }
        });
    }

    @Override
    public void replaceAll(Stream<SearchDocument> documents) {
        write(indexWriter -> {
            indexWriter.deleteAll();
            // A parallel stream is indexed by several threads: the writer takes documents concurrently.
            try (documents) {
                documents.forEach(document -> {
                    try {
                        indexWriter.addDocument(CatalogueFields.document(document, facetsConfig));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }

    private interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    private void write(Change change) {
        writing.lock();
        try {
            ensureOpen();
            boolean done = false;
            try {
                change.apply(writer);
                writer.commit();
                done = true;
            } finally {
                if (!done) {
                    revertToLastCommit();
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** Drops what was not committed (the writer must be closed for that) and opens again. */
    private void revertToLastCommit() {
        SearcherManager previous = searchers;
        try {
            writer.rollback();
            open();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot reopen the search index after a failed change", e);
            closed = true;
        }
        try {
            previous.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot close the previous searchers", e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        // A search that meets searchers just replaced after a failed write tries once more.
        try {
            return searchOnce(query);
        } catch (AlreadyClosedException e) {
            ensureOpen();
            return searchOnce(query);
        }
    }

    private SearchResult searchOnce(SearchQuery query) {
        ensureOpen();
        SearcherManager manager = searchers;
        CatalogueSearcher searcher;
        try {
            searcher = (CatalogueSearcher) manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return search(searcher, query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot release a searcher", e);
            }
        }
    }

    /**
     * The kept answer, else the one another request is computing right now (a popular search
     * arriving many times at once after an index change is computed once), else a new one.
     */
    private SearchResult search(CatalogueSearcher searcher, SearchQuery query) throws IOException {
        SearchResult kept = searcher.results.get(query);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<SearchResult> mine = new CompletableFuture<>();
        CompletableFuture<SearchResult> running = searcher.running.putIfAbsent(query, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException | CancellationException e) {
                return compute(searcher, query); // the other request failed: try on our own
            }
        }
        try {
            SearchResult result = compute(searcher, query);
            mine.complete(result);
            return result;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            searcher.running.remove(query, mine);
        }
    }

    private SearchResult compute(CatalogueSearcher searcher, SearchQuery query) throws IOException {
        computed.increment();
        List<CatalogueQueries.Word> words = queries.words(query, searcher.getIndexReader());
        // Every hit, for the total and the facets; without words and filters: every entry, counted once per searcher.
        Query filtering = queries.filtering(query, words);
        Counts counts;
        Query ranking;
        if (filtering == null) {
            counts = searcher.allCounts();
            ranking = new MatchAllDocsQuery();
        } else {
            CountsKey key = CountsKey.of(query);
            counts = searcher.counts.get(key);
            if (counts == null) {
                FacetsCollector all = searcher.search(filtering, new FacetsCollectorManager());
                long total = all.getMatchingDocs().stream().mapToLong(hits -> hits.totalHits).sum();
                Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
                for (Map.Entry<String, Map<String, Long>> dim : facetCounter.count(all).entrySet()) {
                    facets.put(dim.getKey(), CatalogueSearcher.listed(dim.getKey(), dim.getValue()));
                }
                counts = new Counts(total, facets);
                searcher.counts.put(key, counts);
                // The ranking pass walks the hits just found instead of matching the phrases again.
                ranking = queries.ranking(words, new HitsQuery(searcher.getIndexReader(), all));
            } else {
                ranking = queries.ranking(words, new ConstantScoreQuery(filtering));
            }
        }
        int first = query.page() * query.size();
        int wanted = first + query.size();
        ScoreDoc[] window = counts.total() == 0 || first >= counts.total()
                ? new ScoreDoc[0]
                : RankedWindow.top(searcher, ranking, wanted);
        ScoreDoc[] page = first >= window.length ? new ScoreDoc[0] : Arrays.copyOfRange(window, first, window.length);
        List<SearchHit> hits = hits(searcher, words,
                new TopDocs(new TotalHits(counts.total(), TotalHits.Relation.EQUAL_TO), page));
        SearchResult result = new SearchResult(counts.total(), query.page(), query.size(), hits, counts.facets());
        searcher.results.put(query, result);
        return result;
    }

    /** The total and the facet counts of one selection (words and filters, whatever the page). */
    private record Counts(long total, Map<String, List<FacetCount>> facets) {
    }

    /** A search without its paging: all pages of a search share their counts. */
    private record CountsKey(List<String> words, String organ, String subject, String genre, Integer year,
                             String validity) {
        static CountsKey of(SearchQuery query) {
            return new CountsKey(query.words(), query.organ(), query.subject(), query.genre(), query.year(),
                    query.validity());
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, List<CatalogueQueries.Word> words, TopDocs page)
            throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        // Without words nothing is marked: titles whole, snippets from the start of summary or body.
        Query highlighting = queries.highlighting(words, HIGHLIGHTED);
        if (highlighting == null) {
            highlighting = new MatchNoDocsQuery();
        }
        Highlighter highlighter = new Highlighter(searcher);
        Map<String, String[]> texts = highlighter.highlightFields(TITLE_AND_SUMMARY, highlighting, page, ONE_PASSAGE_EACH);
        String[] titles = texts.get(CatalogueFields.TITLE);
        String[] summaries = texts.get(CatalogueFields.SUMMARY);
        // The body (the longest text by far) only where the summary does not already show a match.
        List<ScoreDoc> needBody = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            String summary = orEmpty(summaries[i]);
            if (!summary.contains(MarkFormatter.OPEN) && (!words.isEmpty() || summary.isEmpty())) {
                needBody.add(page.scoreDocs[i]);
            }
        }
        Map<Integer, String> bodies = new HashMap<>();
        if (!needBody.isEmpty()) {
            String[] highlighted = highlighter.highlight(CatalogueFields.BODY, highlighting,
                    new TopDocs(page.totalHits, needBody.toArray(ScoreDoc[]::new)), 1);
            for (int i = 0; i < highlighted.length; i++) {
                bodies.put(needBody.get(i).doc, orEmpty(highlighted[i]));
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = page.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
            int doc = scoreDoc.doc - leaf.docBase;
            NumericDocValues entryIds = DocValues.getNumeric(leaf.reader(), CatalogueFields.ENTRY_ID);
            BinaryDocValues indexNos = DocValues.getBinary(leaf.reader(), CatalogueFields.INDEX_NO);
            if (!entryIds.advanceExact(doc) || !indexNos.advanceExact(doc)) {
                throw new IllegalStateException("Index entry without id or index number: " + scoreDoc.doc);
            }
            String summary = orEmpty(summaries[i]);
            String body = bodies.getOrDefault(scoreDoc.doc, "");
            String snippet = summary.contains(MarkFormatter.OPEN) || !body.contains(MarkFormatter.OPEN) && !summary.isEmpty()
                    ? summary : body;
            hits.add(new SearchHit(entryIds.longValue(), indexNos.binaryValue().utf8ToString(), scoreDoc.score,
                    orEmpty(titles[i]), snippet));
        }
        return hits;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** How many searches this index computed (the others were answered from kept or running ones). */
    long computedSearches() {
        return computed.sum();
    }

    @Override
    public boolean isEmpty() {
        ensureOpen();
        SearcherManager manager = searchers;
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return searcher.getIndexReader().numDocs() == 0;
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        writing.lock();
        try {
            if (closed && writer == null) {
                return;
            }
            closed = true;
            closeQuietly(searchers);
            closeQuietly(writer);
            closeQuietly(directory);
            analyzer.close();
            writer = null;
        } finally {
            writing.unlock();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Cannot close " + closeable, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The search index is closed");
        }
    }

    /** Highlights titles whole and summaries and bodies by sentence. */
    private final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher) {
            // Without a match a field shows its start (the whole title); bodies are read up to MAX_HIGHLIGHTED.
            // Phrases are marked term by term (the formatter joins the overlapping bigrams), which is
            // cheaper than whole-phrase "weight matches" and marks the same text.
            super(UnifiedHighlighter.builder(searcher, analyzer).withMaxNoHighlightPassages(1)
                    .withWeightMatches(false).withMaxLength(MAX_HIGHLIGHTED));
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return CatalogueFields.TITLE.equals(field)
                    ? new WholeBreakIterator()
                    : BreakIterator.getSentenceInstance(Locale.SIMPLIFIED_CHINESE);
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return CatalogueFields.TITLE.equals(field) ? titleFormatter : snippetFormatter;
        }

        /**
         * Titles and summaries come from their binary doc values: read from the stored fields, each
         * would cost decompressing the stored bodies around it. Bodies come from the stored fields.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (!Arrays.stream(fields).allMatch(CatalogueFields::inDocValues)) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<CharSequence[]> texts = new ArrayList<>();
            LeafReaderContext leaf = null;
            BinaryDocValues[] values = new BinaryDocValues[fields.length];
            // The documents come in order: each leaf's doc values are read forwards once.
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    for (int i = 0; i < fields.length; i++) {
                        values[i] = DocValues.getBinary(leaf.reader(), fields[i]);
                    }
                }
                CharSequence[] text = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = values[i].advanceExact(doc - leaf.docBase) ? values[i].binaryValue().utf8ToString() : "";
                    text[i] = value.length() > MAX_HIGHLIGHTED ? value.substring(0, MAX_HIGHLIGHTED) : value;
                }
                texts.add(text);
            }
            return texts;
        }
    }

    private final class CatalogueSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new CatalogueSearcher(reader, facetStates(reader), searchThreads);
        }
    }

    /** The facet state per dimension, for the dimensions that have values in this reader. */
    private Map<String, SortedSetDocValuesReaderState> facetStates(IndexReader reader) {
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        Map<String, SortedSetDocValuesReaderState> states = new LinkedHashMap<>();
        for (String dim : SearchQuery.FACETS) {
            String field = CatalogueFields.facetField(dim);
            FieldInfo info = fields.fieldInfo(field);
            if (info != null && info.getDocValuesType() == DocValuesType.SORTED_SET) {
                try {
                    states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, field, facetsConfig));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return states;
    }

    /**
     * A searcher with the facet states of its reader and what it already answered: the counts over
     * all its entries (made once), the counts of its last {@value #KEPT_COUNTS} selections and its last
     * {@value #KEPT_RESULTS} result pages. A searcher sees one unchanging state of the index and every
     * change of the index brings a new searcher that starts with nothing kept, so nothing kept is ever
     * stale. (Whether a hit is still public is asked of the database on every search, by the caller.)
     */
    private static final class CatalogueSearcher extends IndexSearcher {

        static final int KEPT_COUNTS = 1_000;
        static final int KEPT_RESULTS = 500;

        private final Map<String, SortedSetDocValuesReaderState> facetStates;
        private volatile Counts allCounts;
        final Kept<CountsKey, Counts> counts = new Kept<>(KEPT_COUNTS);
        final Kept<SearchQuery, SearchResult> results = new Kept<>(KEPT_RESULTS);
        /** The searches being computed now, for the requests that ask the same meanwhile. */
        final Map<SearchQuery, CompletableFuture<SearchResult>> running = new ConcurrentHashMap<>();

        CatalogueSearcher(IndexReader reader, Map<String, SortedSetDocValuesReaderState> facetStates,
                          Executor threads) {
            super(reader, threads);
            this.facetStates = facetStates;
        }

        Counts allCounts() throws IOException {
            Counts all = allCounts;
            if (all == null) {
                all = new Counts(getIndexReader().numDocs(), countAll());
                allCounts = all;
            }
            return all;
        }

        /** The counts per dimension over all entries (Lucene's sorted-set facet counts). */
        private Map<String, List<FacetCount>> countAll() throws IOException {
            Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
            for (String dim : SearchQuery.FACETS) {
                SortedSetDocValuesReaderState state = facetStates.get(dim);
                Map<String, Long> values = new LinkedHashMap<>();
                if (state != null) {
                    FacetResult result = new SortedSetDocValuesFacetCounts(state).getAllChildren(dim);
                    if (result != null) {
                        for (LabelAndValue value : result.labelValues) {
                            values.put(value.label, value.value.longValue());
                        }
                    }
                }
                counts.put(dim, listed(dim, values));
            }
            return counts;
        }

        /** Values by count (years by year, newest first), without zeros, at most {@link #MAX_FACET_VALUES}. */
        static List<FacetCount> listed(String dim, Map<String, Long> counts) {
            List<FacetCount> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                if (count > 0) {
                    values.add(new FacetCount(value, count));
                }
            });
            values.sort(SearchQuery.YEAR.equals(dim)
                    ? Comparator.comparing(FacetCount::value, Comparator.reverseOrder())
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            return List.copyOf(values.subList(0, Math.min(values.size(), MAX_FACET_VALUES)));
        }
    }

    /** The most recently used answers, at most {@code capacity} of them (least recently used go first). */
    private static final class Kept<K, V> {

        private final Map<K, V> answers;

        Kept(int capacity) {
            this.answers = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized V get(K key) {
            return answers.get(key);
        }

        synchronized void put(K key, V value) {
            answers.put(key, value);
        }
    }
}
