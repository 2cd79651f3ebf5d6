package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;

import java.util.Collection;
import java.util.stream.Stream;

/**
 * The search index of the published catalogue. Implementations are thread-safe; every change is
 * durable and visible to searches when the call returns. {@link LuceneCatalogueIndex} is the
 * embedded one; a clustered deployment can implement this over OpenSearch with the same analysis
 * (see {@link CatalogueAnalyzer}).
 */
public interface CatalogueIndex extends AutoCloseable {

    /** Adds the entry, or replaces what the index holds for {@code document.entryId()}. */
    void upsert(SearchDocument document);

    /** Removes the entry; nothing happens if the index does not hold it. */
    void delete(long entryId);

    /**
     * Upserts and deletes as one change: what an implementation can make durable at once (one
     * Lucene commit costs tens of milliseconds) instead of once per entry.
     */
    default void apply(Collection<SearchDocument> upserts, Collection<Long> deletions) {
        upserts.forEach(this::upsert);
        deletions.forEach(this::delete);
    }

    /**
     * Replaces the whole content with {@code documents} (closed when done). Searches see the old
     * content until the new one is complete; if this fails, the old content stays.
     */
    void replaceAll(Stream<SearchDocument> documents);

    SearchResult search(SearchQuery query);

    boolean isEmpty();

    @Override
    void close();
}
