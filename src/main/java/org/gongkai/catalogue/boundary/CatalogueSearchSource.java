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

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What the search index may know of the catalogue: the approved version of public entries only,
 * so that search can never show what the review has not approved.
 */
@ApplicationScoped
public class CatalogueSearchSource implements SearchDocumentSource {

    private static final int PAGE = 2000;

    @Inject
    CataloguePublic catalogue;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SearchDocument> publishedDocument(long entryId) {
        return catalogue.findPublic(entryId).map(CatalogueSearchSource::document);
    }

    @Override
    public Stream<SearchDocument> allPublished() {
        Iterator<SearchDocument> pages = new Iterator<>() {
            private CatalogueEntry last;
            private Iterator<Published> page = List.<Published>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    em.clear();
                    // In the index's own order: Lucene then finds each new segment already sorted.
                    List<Published> next = catalogue.publishedNewestFirst(last, PAGE);
                    exhausted = next.size() < PAGE;
                    if (!next.isEmpty()) {
                        last = next.get(next.size() - 1).entry();
                    }
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(page.next());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
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
