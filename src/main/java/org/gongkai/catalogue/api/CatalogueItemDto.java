package org.gongkai.catalogue.api;

import org.gongkai.account.api.OrganDto;
import org.gongkai.catalogue.boundary.CataloguePublic.Listed;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;

import java.time.LocalDate;

/**
 * One line of the public catalogue as the API serves it. With a search, {@code titleHighlighted} and
 * {@code snippet} carry the matched words in {@code <mark>} (HTML-escaped otherwise).
 */
public record CatalogueItemDto(String indexNo, String title, OrganDto organ, String docNo, LocalDate writtenOn,
                               LocalDate publishedOn, String subject, String genre, String validity, String summary,
                               String titleHighlighted, String snippet) {

    public static CatalogueItemDto of(Published published) {
        var entry = published.entry();
        var version = published.version();
        return new CatalogueItemDto(entry.indexNo(), version.title(),
                new OrganDto(entry.organCode(), published.organName()), version.docNo(), version.writtenOn(),
                entry.publishedOn(), version.subject(), version.genre(), version.validity(), version.summary(),
                null, null);
    }

    /** A search hit: the listed entry with its highlighted title and snippet. */
    public static CatalogueItemDto of(Listed listed, String titleHighlighted, String snippet) {
        return new CatalogueItemDto(listed.indexNo(), listed.title(),
                new OrganDto(listed.organCode(), listed.organName()), listed.docNo(), listed.writtenOn(),
                listed.publishedOn(), listed.subject(), listed.genre(), listed.validity(), listed.summary(),
                titleHighlighted, snippet);
    }
}
