package org.gongkai.search.control;

import org.gongkai.search.entity.SearchDocument;

import java.util.List;
import java.util.Optional;

/**
 * Where the index reads the catalogue from: implemented by the catalogue feature as a CDI bean.
 * The indexer calls each method inside a short transaction of its own.
 */
public interface SearchDocumentSource {

    /** The entry as the public sees it now; empty when it is not (or no longer) public. */
    Optional<SearchDocument> publishedDocument(long entryId);

    /**
     * One page of the public entries for a rebuild of the index: up to {@code limit} entries, newest
     * first (publication day, then entry id, both descending), after {@code after} (null: from the
     * newest). Each page is read in a short transaction of its own, so a rebuild of a large catalogue
     * holds no transaction (nor its snapshot and locks) for hours; what changes meanwhile is queued and
     * applied after the rebuild.
     */
    List<SearchDocument> publishedPage(SearchDocument after, int limit);
}
