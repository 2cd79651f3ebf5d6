package org.gongkai.catalogue.api;

import org.gongkai.account.api.OrganDto;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;

import java.time.LocalDate;

/**
 * One line of the public catalogue (api.md). With a search, {@code titleHighlighted} and
 * {@code snippet} carry the matched words in {@code <mark>} (HTML-escaped otherwise).
 */
public record CatalogueItemDto(String indexNo, String title, OrganDto organ, String docNo, LocalDate writtenOn,
                               LocalDate publishedOn, String subject, String genre, String validity, String summary,
                               String titleHighlighted, String snippet) {

    public static CatalogueItemDto of(Published published) {
        return of(published, null, null);
    }

    public static CatalogueItemDto of(Published published, String titleHighlighted, String snippet) {
        var entry = published.entry();
        var version = published.version();
        return new CatalogueItemDto(entry.indexNo(), version.title(),
                new OrganDto(entry.organCode(), published.organName()), version.docNo(), version.writtenOn(),
                entry.publishedOn(), version.subject(), version.genre(), version.validity(), version.summary(),
                titleHighlighted, snippet);
    }
}
