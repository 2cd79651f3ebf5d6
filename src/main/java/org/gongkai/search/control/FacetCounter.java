package org.gongkai.search.control;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.gongkai.search.entity.SearchQuery;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the facet values of the hits of one search from the per-dimension sorted-set doc values
 * that Lucene's {@link FacetsConfig} indexed. Where a segment's hits are many (kept as a bit set)
 * and a dimension has few values, it counts by intersecting the hits with one bit set per value
 * (made once per segment and kept while the segment lives): a few microseconds per value instead of
 * a doc-values lookup per hit. Otherwise it looks each hit up, as Lucene's
 * {@code SortedSetDocValuesFacetCounts} does.
 */
final class FacetCounter {

    /** Per segment, per dimension: one bit set per value (by segment ordinal). */
    private final Map<IndexReader.CacheKey, Map<String, FixedBitSet[]>> valueBits = new ConcurrentHashMap<>();

    /** Per dimension, the count per value; values without hits are left out. */
    Map<String, Map<String, Long>> count(FacetsCollector hits) throws IOException {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        SearchQuery.FACETS.forEach(dim -> counts.put(dim, new LinkedHashMap<>()));
        for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
            if (segment.totalHits == 0) {
                continue;
            }
            LeafReader reader = segment.context.reader();
            FixedBitSet dense = segment.bits instanceof BitDocIdSet bitSet && bitSet.bits() instanceof FixedBitSet fixed
                    ? fixed : null;
            for (String dim : SearchQuery.FACETS) {
                SortedSetDocValues values = reader.getSortedSetDocValues(CatalogueFields.facetField(dim));
                if (values == null) {
                    continue;
                }
                int valueCount = (int) values.getValueCount();
                long[] perValue = new long[valueCount];
                long intersectionCost = (long) valueCount * (reader.maxDoc() / 64 + 1);
                if (dense != null && intersectionCost < 4L * segment.totalHits) {
                    FixedBitSet[] bits = bitsOf(reader, dim);
                    for (int ord = 0; ord < valueCount; ord++) {
                        perValue[ord] = FixedBitSet.intersectionCount(dense, bits[ord]);
                    }
                } else {
                    lookUp(segment, values, perValue);
                }
                Map<String, Long> dimCounts = counts.get(dim);
                for (int ord = 0; ord < valueCount; ord++) {
                    if (perValue[ord] > 0) {
                        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                        if (path.length == 2) {
                            dimCounts.merge(path[1], perValue[ord], Long::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static void lookUp(FacetsCollector.MatchingDocs segment, SortedSetDocValues values, long[] perValue)
            throws IOException {
        DocIdSetIterator docs = segment.bits.iterator();
        SortedDocValues single = DocValues.unwrapSingleton(values);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (single != null) {
                if (single.advanceExact(doc)) {
                    perValue[single.ordValue()]++;
                }
            } else if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    perValue[(int) values.nextOrd()]++;
                }
            }
        }
    }

    private FixedBitSet[] bitsOf(LeafReader reader, String dim) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return build(reader, dim);
        }
        Map<String, FixedBitSet[]> segment = valueBits.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(valueBits::remove);
            return new ConcurrentHashMap<>();
        });
        return segment.computeIfAbsent(dim, name -> build(reader, name));
    }

    private static FixedBitSet[] build(LeafReader reader, String dim) {
        try {
            SortedSetDocValues values = reader.getSortedSetDocValues(CatalogueFields.facetField(dim));
            FixedBitSet[] bits = new FixedBitSet[(int) values.getValueCount()];
            for (int ord = 0; ord < bits.length; ord++) {
                bits[ord] = new FixedBitSet(reader.maxDoc());
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    bits[(int) values.nextOrd()].set(doc);
                }
            }
            return bits;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
