package org.gongkai.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;

/**
 * Lucene's {@link CJKAnalyzer} without stop words: Chinese, Japanese and Korean runs become
 * overlapping bigrams (教育局 → 教育, 育局), a lone ideograph stays a single token, full-width
 * Latin letters and digits are folded to half-width and lower-cased, other words (PM2.5, 2026)
 * stay whole. Separate values of one field are kept 100 positions apart, so that no phrase
 * matches across them.
 *
 * <p>The same analysis in OpenSearch: a custom analyzer with the {@code standard} tokenizer and
 * the filters {@code cjk_width}, {@code lowercase}, {@code cjk_bigram}, with
 * {@code position_increment_gap: 100}.
 */
public final class CatalogueAnalyzer extends DelegatingAnalyzerWrapper {

    public static final int POSITION_GAP = 100;

    private final Analyzer cjk = new CJKAnalyzer(CharArraySet.EMPTY_SET);

    public CatalogueAnalyzer() {
        super(GLOBAL_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return cjk;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    @Override
    public void close() {
        cjk.close();
        super.close();
    }
}
