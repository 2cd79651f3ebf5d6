package org.gongkai.search.control;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * The hits one search already found (by the counting pass), as a query with a constant score: the
 * ranking pass walks them instead of matching the words' phrases a second time. Valid only on the
 * reader they were collected from; never cached.
 */
final class HitsQuery extends Query {

    private final IndexReader reader;
    private final DocIdSet[] perLeaf;

    HitsQuery(IndexReader reader, FacetsCollector hits) {
        this.reader = reader;
        this.perLeaf = new DocIdSet[reader.leaves().size()];
        for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
            if (segment.totalHits > 0) {
                perLeaf[segment.context.ord] = segment.bits;
            }
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        if (searcher.getIndexReader() != reader) {
            throw new IllegalStateException("The hits belong to another reader");
        }
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                DocIdSet hits = perLeaf[context.ord];
                DocIdSetIterator iterator = hits == null ? null : hits.iterator();
                return iterator == null ? null : new ConstantScoreScorer(this, score(), scoreMode, iterator);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "hits of the counting pass";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
