package org.gongkai.search.control;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.gongkai.search.entity.SearchDocument;
import org.gongkai.search.entity.SearchQuery;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The layout of one catalogue entry in the Lucene index.
 *
 * <ul>
 *   <li>{@value #TEXT}: title, document number, keywords, summary and body, analysed together
 *       (values kept apart by the analyzer's position gap), positions without norms: matching.</li>
 *   <li>{@value #TITLE}: the title once more, analysed the same way: the title boost; with offsets
 *       in the postings, so that highlighting reads them instead of analysing the text again, and
 *       the text in binary doc values, read without decompressing the stored bodies beside it.</li>
 *   <li>{@value #DOC_NO}: the document number once more: its boost.</li>
 *   <li>{@value #SUMMARY}: indexed with offsets and kept in binary doc values as the title, for
 *       highlighting only (matching uses {@value #TEXT}).</li>
 *   <li>{@value #BODY}: stored only, highlighted by analysing it (only for hits whose summary shows
 *       no match).</li>
 *   <li>{@code f_*}: exact values for the filters (the subject under its top level and its full path).</li>
 *   <li>facets: sorted-set doc values of organ code, top-level subject, genre, year, validity, one
 *       field each ({@code $facet_organ}, …).</li>
 *   <li>{@value #PUBLISHED} (epoch day) and {@value #ENTRY_ID}: doc values for the order;
 *       {@value #ENTRY_ID} and {@value #INDEX_NO} doc values also name the hits.</li>
 * </ul>
 */
final class CatalogueFields {

    static final String ID = "id";
    static final String ENTRY_ID = "entryId";
    static final String INDEX_NO = "indexNo";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String DOC_NO = "docNo";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String PUBLISHED = "publishedOn";
    static final String F_ORGAN = "f_organ";
    static final String F_SUBJECT = "f_subject";
    static final String F_GENRE = "f_genre";
    static final String F_YEAR = "f_year";
    static final String F_VALIDITY = "f_validity";

    private static final FieldType MATCHED = new FieldType();
    /** Indexed with offsets (its text is kept in doc values, see {@link #highlighted}): highlighted from the postings. */
    private static final FieldType HIGHLIGHTED = new FieldType();

    static {
        MATCHED.setTokenized(true);
        MATCHED.setOmitNorms(true);
        MATCHED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        MATCHED.freeze();
        HIGHLIGHTED.setTokenized(true);
        HIGHLIGHTED.setOmitNorms(true);
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private CatalogueFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : SearchQuery.FACETS) {
            // One doc-values field per dimension: each is single-valued, which counts faster.
            config.setIndexFieldName(dim, facetField(dim));
            // Filters use the f_* fields: no drill-down terms needed.
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /** The sorted-set doc values field that holds the facet values of one dimension. */
    static String facetField(String dim) {
        return "$facet_" + dim;
    }

    static Term idTerm(long entryId) {
        return new Term(ID, Long.toString(entryId));
    }

    static Document document(SearchDocument entry, FacetsConfig facets) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(entry.entryId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ENTRY_ID, entry.entryId()));
        doc.add(new BinaryDocValuesField(INDEX_NO, new BytesRef(entry.indexNo())));

        highlighted(doc, TITLE, entry.title());
        text(doc, entry.title());
        text(doc, entry.docNo());
        if (entry.docNo() != null && !entry.docNo().isBlank()) {
            doc.add(new Field(DOC_NO, entry.docNo(), MATCHED));
        }
        entry.keywords().forEach(keyword -> text(doc, keyword));
        text(doc, entry.summary());
        text(doc, entry.body());
        if (entry.summary() != null) {
            highlighted(doc, SUMMARY, entry.summary());
        }
        if (entry.body() != null) {
            doc.add(new StoredField(BODY, entry.body()));
        }

        if (entry.publishedOn() != null) {
            doc.add(new NumericDocValuesField(PUBLISHED, entry.publishedOn().toEpochDay()));
        }
        exact(doc, F_ORGAN, SearchQuery.ORGAN, entry.organCode());
        String top = entry.subjectTop();
        exact(doc, F_SUBJECT, SearchQuery.SUBJECT, top);
        String path = subjectPath(entry.subject());
        if (top != null && !top.equals(path)) {
            doc.add(new StringField(F_SUBJECT, path, Field.Store.NO));
        }
        exact(doc, F_GENRE, SearchQuery.GENRE, entry.genre());
        exact(doc, F_YEAR, SearchQuery.YEAR, entry.year() > 0 ? Integer.toString(entry.year()) : null);
        exact(doc, F_VALIDITY, SearchQuery.VALIDITY, entry.validity());
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A subject path with the blanks around its levels removed: {@code 科技、教育 / 教育} → {@code 科技、教育/教育}. */
    static String subjectPath(String subject) {
        if (subject == null) {
            return null;
        }
        return String.join("/", java.util.Arrays.stream(subject.split("/")).map(String::strip).toList());
    }

    /** Fields whose text highlighting reads from binary doc values (the others from stored fields). */
    static boolean inDocValues(String field) {
        return TITLE.equals(field) || SUMMARY.equals(field);
    }

    private static void highlighted(Document doc, String field, String value) {
        doc.add(new Field(field, value, HIGHLIGHTED));
        doc.add(new BinaryDocValuesField(field, new BytesRef(value)));
    }

    private static void text(Document doc, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(TEXT, value, MATCHED));
        }
    }

    private static void exact(Document doc, String field, String dim, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String clean = value.strip();
        doc.add(new StringField(field, clean, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dim, clean));
    }
}
