package org.gongkai.search.control;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.PriorityQueue;

/**
 * The first hits in the catalogue's order: score (title matches first), then newest publication
 * date, then newest entry. The index is sorted by date and entry ({@link #INDEX_ORDER}), so within
 * one segment a later document never beats an earlier one of the same score: each segment stops
 * as soon as its window is full of documents with the best score the segment can give, and until
 * then tells the scorer to skip documents that cannot enter the window (Lucene's competitive-score
 * skipping). The windows of the segments are then merged by date. Total hits and facets come from a
 * separate pass that sees every hit.
 */
final class RankedWindow {

    /** How every segment of the index is sorted: newest publication first, then newest entry. */
    static final Sort INDEX_ORDER = new Sort(
            new SortField(CatalogueFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(CatalogueFields.ENTRY_ID, SortField.Type.LONG, true));

    private RankedWindow() {
    }

    private record Hit(float score, int doc, long published, long entryId) {
    }

    /**
     * The first {@code n} hits of {@code query}, best first, with their scores. The searcher's
     * slices of segments are ranked in parallel when it has an executor.
     */
    static ScoreDoc[] top(IndexSearcher searcher, Query query, int n) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        List<Callable<List<Hit>>> slices = new ArrayList<>();
        for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
            slices.add(() -> {
                List<Hit> found = new ArrayList<>();
                for (LeafReaderContext leaf : slice.leaves) {
                    Scorer scorer = weight.scorer(leaf);
                    if (scorer != null) {
                        collect(leaf, scorer, n, found);
                    }
                }
                return found;
            });
        }
        List<Hit> candidates = new ArrayList<>();
        searcher.getTaskExecutor().invokeAll(slices).forEach(candidates::addAll);
        candidates.sort(Comparator.comparing(Hit::score, Comparator.reverseOrder())
                .thenComparing(Hit::published, Comparator.reverseOrder())
                .thenComparing(Hit::entryId, Comparator.reverseOrder()));
        return candidates.stream().limit(n).map(hit -> new ScoreDoc(hit.doc(), hit.score())).toArray(ScoreDoc[]::new);
    }

    private static void collect(LeafReaderContext leaf, Scorer scorer, int n, List<Hit> candidates) throws IOException {
        float best = scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        Bits live = leaf.reader().getLiveDocs();
        // The window's worst hit on top: lowest score, then latest document (= oldest entry).
        PriorityQueue<Hit> window = new PriorityQueue<>(Math.min(n, 1024) + 1,
                Comparator.comparing(Hit::score).thenComparing(Hit::doc, Comparator.reverseOrder()));
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            float score = scorer.score();
            if (window.size() == n) {
                if (score <= window.peek().score()) {
                    continue; // same score and later in the segment: older, so behind
                }
                window.poll();
            }
            window.add(new Hit(score, doc, 0, 0));
            if (window.size() == n) {
                float worst = window.peek().score();
                if (worst >= best) {
                    break; // nothing later in this segment can score higher
                }
                scorer.setMinCompetitiveScore(Math.nextUp(worst));
            }
        }
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), CatalogueFields.PUBLISHED);
        NumericDocValues entryIds = DocValues.getNumeric(leaf.reader(), CatalogueFields.ENTRY_ID);
        List<Hit> inOrder = new ArrayList<>(window);
        inOrder.sort(Comparator.comparing(Hit::doc));
        for (Hit hit : inOrder) {
            long date = published.advanceExact(hit.doc()) ? published.longValue() : 0;
            long entryId = entryIds.advanceExact(hit.doc()) ? entryIds.longValue() : 0;
            candidates.add(new Hit(hit.score(), leaf.docBase + hit.doc(), date, entryId));
        }
    }
}
