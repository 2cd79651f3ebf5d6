package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.api.CataloguePageDto;

import java.util.Arrays;
import java.util.List;

/**
 * Browse and search of the published catalogue, one entry point for the API and the pages:
 * every whitespace-separated word of {@code q} must occur (as a substring) in the title,
 * document number, keywords, summary or body.
 */
@Stateless
@PermitAll
public class CatalogueSearch {

    @Inject
    CataloguePublic catalogue;

    public CataloguePageDto search(String q, CataloguePublic.Filter filter, int page, int size) {
        List<String> words = q == null || q.isBlank() ? null
                : Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isBlank()).toList();
        CataloguePublic.Page result = catalogue.browse(filter, words, page, size, true);
        return new CataloguePageDto(result.total(), page, size,
                result.items().stream().map(CatalogueItemDto::of).toList(), result.facets());
    }
}
