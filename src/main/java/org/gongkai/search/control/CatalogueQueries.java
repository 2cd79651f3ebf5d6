package org.gongkai.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.gongkai.search.entity.SearchQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a {@link SearchQuery} into Lucene queries.
 *
 * <p>Every word must occur (AND) in the combined text of title, document number, keywords, summary
 * and body. A word is matched as the phrase of its bigrams, which is substring matching: 信息公开
 * matches 信息公开 and not 信息……公开. A lone ideograph (税) matches the bigrams that start with it,
 * so it finds 税收 and 税务; it misses texts where it only ends a run of ideographs (个税。).
 * A word ending in a lone ideograph after other tokens (12号) lets that last ideograph begin a
 * bigram (12号文). Scores: 1 per word, plus {@link #TITLE_BOOST} per word that also occurs in the
 * title and {@link #DOC_NO_BOOST} per word that occurs in the document number: entries with more
 * title matches come first, then those whose number was searched for; equal scores are ordered
 * newest first ({@link RankedWindow}). Filters do not score.
 */
final class CatalogueQueries {

    /**
     * Larger than what all other matches of the longest query (50 words in 100 characters) can
     * add up to, so that one more title match always ranks higher.
     */
    static final float TITLE_BOOST = 1000f;
    static final float DOC_NO_BOOST = 10f;

    /** How many indexed bigrams a trailing lone ideograph may stand for. */
    static final int MAX_EXPANSIONS = 256;

    private final Analyzer analyzer;

    CatalogueQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analysed words of a query; words without any searchable token are left out. */
    List<Word> words(SearchQuery query, IndexReader reader) {
        List<Word> words = new ArrayList<>();
        for (String text : query.words()) {
            Word word = analyse(text, reader);
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The query that scores the {@code hits} the counting pass found with {@link #filtering}: 1 per
     * word, plus the title and document number boosts; the words are not matched in the whole text
     * a second time.
     */
    Query ranking(List<Word> words, Query hits) {
        if (words.isEmpty()) {
            return new BoostQuery(hits, 0f);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new BoostQuery(hits, words.size()), Occur.MUST);
        for (Word word : words) {
            all.add(new BoostQuery(new ConstantScoreQuery(word.on(CatalogueFields.TITLE)), TITLE_BOOST), Occur.SHOULD);
            all.add(new BoostQuery(new ConstantScoreQuery(word.on(CatalogueFields.DOC_NO)), DOC_NO_BOOST), Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * The same selection without scores (every word and filter a filter clause), for counting and
     * facets; {@code null} when it selects every entry.
     */
    Query filtering(SearchQuery query, List<Word> words) {
        if (words.isEmpty() && !query.hasFilters()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : words) {
            all.add(word.on(CatalogueFields.TEXT), Occur.FILTER);
        }
        filter(all, CatalogueFields.F_ORGAN, query.organ());
        filter(all, CatalogueFields.F_SUBJECT, CatalogueFields.subjectPath(query.subject()));
        filter(all, CatalogueFields.F_GENRE, query.genre());
        filter(all, CatalogueFields.F_YEAR, query.year() == null ? null : query.year().toString());
        filter(all, CatalogueFields.F_VALIDITY, query.validity());
        return all.build();
    }

    /** The words on the fields that are shown highlighted, or {@code null} without words. */
    Query highlighting(List<Word> words, String... fields) {
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Word word : words) {
            for (String field : fields) {
                any.add(word.on(field), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private Word analyse(String text, IndexReader reader) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        boolean lastSingle = false;
        try (TokenStream tokens = analyzer.tokenStream(CatalogueFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += Math.max(1, increment.getPositionIncrement());
                terms.add(term.toString());
                positions.add(position);
                lastSingle = CJKBigramFilter.SINGLE_TYPE.equals(type.type());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return lastSingle ? new Word(terms, positions, null, true) : new Word(terms, positions, null, false);
        }
        List<String> expansions = lastSingle ? expansions(reader, terms.get(terms.size() - 1)) : null;
        return new Word(terms, positions, expansions, false);
    }

    /** The indexed terms that begin with {@code prefix} (the prefix itself included), at most {@link #MAX_EXPANSIONS}. */
    private static List<String> expansions(IndexReader reader, String prefix) {
        TreeSet<String> found = new TreeSet<>();
        found.add(prefix);
        BytesRef start = new BytesRef(prefix);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(CatalogueFields.TEXT);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef candidate = iterator.term(); candidate != null && StringHelper.startsWith(candidate, start);
                     candidate = iterator.next()) {
                    found.add(candidate.utf8ToString());
                    if (found.size() >= MAX_EXPANSIONS) {
                        return List.copyOf(found);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    /**
     * One analysed word: its tokens and their positions; {@code expansions} stand for the last
     * token when it is a lone ideograph after others; {@code prefix} when the word is one lone ideograph.
     */
    record Word(List<String> terms, List<Integer> positions, List<String> expansions, boolean prefix) {

        Query on(String field) {
            if (prefix) {
                return new PrefixQuery(new Term(field, terms.get(0)));
            }
            if (terms.size() == 1) {
                return new TermQuery(new Term(field, terms.get(0)));
            }
            if (expansions == null || expansions.size() == 1) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (int i = 0; i < terms.size(); i++) {
                    phrase.add(new Term(field, terms.get(i)), positions.get(i));
                }
                return phrase.build();
            }
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            int last = terms.size() - 1;
            for (int i = 0; i < last; i++) {
                phrase.add(new Term[] {new Term(field, terms.get(i))}, positions.get(i));
            }
            phrase.add(expansions.stream().map(text -> new Term(field, text)).toArray(Term[]::new), positions.get(last));
            return phrase.build();
        }
    }
}
