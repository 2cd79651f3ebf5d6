package org.gongkai.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;
import org.gongkai.catalogue.control.HtmlCleaner;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.search.control.SearchDocumentSource;
import org.gongkai.search.entity.SearchDocument;

import java.util.List;
import java.util.Optional;

/**
 * What the search index may know of the catalogue: the approved version of public entries only,
 * so that search can never show what the review has not approved.
 */
@ApplicationScoped
public class CatalogueSearchSource implements SearchDocumentSource {

    @Inject
    CataloguePublic catalogue;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SearchDocument> publishedDocument(long entryId) {
        return catalogue.findPublic(entryId).map(CatalogueSearchSource::document);
    }

    @Override
    public List<SearchDocument> publishedPage(SearchDocument after, int limit) {
        // In the index's own order: Lucene then finds each new segment already sorted.
        return catalogue.publishedNewestFirst(after == null ? null : after.publishedOn(),
                        after == null ? 0 : after.entryId(), limit).stream()
                .map(CatalogueSearchSource::document).toList();
    }

    static SearchDocument document(Published published) {
        var entry = published.entry();
        var version = published.version();
        return new SearchDocument(entry.id(), entry.indexNo(), version.title(), version.docNo(), version.keywordList(),
                version.summary(), HtmlCleaner.text(version.body()), entry.organCode(), published.organName(),
                version.subject(), version.genre(), entry.publishedOn().getYear(), version.validity(),
                version.writtenOn(), entry.publishedOn());
    }
}
