package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the index reads the catalogue from: implemented by the catalogue feature as a CDI bean.
 * The indexer calls it inside a transaction of its own.
 */
public interface SearchDocumentSource {

    /** The entry as the public sees it now; empty when it is not (or no longer) public. */
    Optional<SearchDocument> publishedDocument(long entryId);

    /**
     * Every public entry, for a rebuild of the index; the caller closes the stream. The stream is
     * read once, inside one (long) transaction: it should not hold all entries in memory at once
     * (read with a cursor or in pages, and clear the persistence context between pages).
     */
    Stream<SearchDocument> allPublished();
}
