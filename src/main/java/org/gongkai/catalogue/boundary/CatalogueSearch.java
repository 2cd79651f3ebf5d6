package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.api.CataloguePageDto;
import org.gongkai.catalogue.control.IndexNumbers;
import org.gongkai.catalogue.boundary.CataloguePublic.Listed;
import org.gongkai.search.boundary.SearchIndexer;
import org.gongkai.search.entity.FacetCount;
import org.gongkai.search.entity.SearchHit;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Browse and search of the published catalogue, one entry point for the API and the pages. It
 * asks the search index (Chinese bigram phrase matching, title matches first, facet counts) and
 * reads the hits' metadata from the database in one query, which also drops anything that stopped
 * being public since the index last caught up. Until the index is ready after start-up it falls
 * back to the database (each word a substring).
 */
@Stateless
@PermitAll
public class CatalogueSearch {

    @Inject
    CataloguePublic catalogue;

    @Inject
    SearchIndexer index;

    public CataloguePageDto search(String q, CataloguePublic.Filter filter, int page, int size) {
        return search(q, filter, CataloguePublic.Advanced.NONE, page, size);
    }

    /**
     * With the advanced search's criteria: the index ranks by relevance when only words and facets
     * are given; a document number (文号) typed as the words, a part of an index number, the title
     * only, a date range or the newest-first order are searched in the database, newest first.
     */
    public CataloguePageDto search(String q, CataloguePublic.Filter filter, CataloguePublic.Advanced advanced,
                                   int page, int size) {
        if (advanced.plain() && q != null && looksLikeDocNo(q.strip())) {
            advanced = new CataloguePublic.Advanced(null, q.strip(), false, null, null, true, null);
            q = null;
        }
        if (!advanced.plain()) {
            return fromDatabase(q, filter, advanced, page, size);
        }
        if (q != null && IndexNumbers.looksValid(q.strip())) {
            // an index number (索引号) names one entry: people copy it from a document or a citation
            List<CatalogueItemDto> found = catalogue.find(q.strip())
                    .filter(published -> !published.entry().isWithdrawn())
                    .map(CatalogueItemDto::of).stream().toList();
            return new CataloguePageDto(found.size(), 0, size, page == 0 ? found : List.of(), Map.of());
        }
        if (!index.ready()) {
            return fromDatabase(q, filter, page, size);
        }
        SearchResult result = index.search(new SearchQuery(q, filter.organ(), filter.subject(), filter.genre(),
                filter.year(), filter.validity(), page, size));
        Map<Long, Listed> rows = catalogue.listPublic(result.hits().stream().map(SearchHit::entryId).toList())
                .stream().collect(Collectors.toMap(Listed::id, Function.identity()));
        List<CatalogueItemDto> items = result.hits().stream()
                .map(hit -> rows.containsKey(hit.entryId())
                        ? CatalogueItemDto.of(rows.get(hit.entryId()), hit.titleHighlighted(), hit.snippetHighlighted())
                        : null)
                .filter(Objects::nonNull)
                .toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        result.facets().forEach((name, counts) -> facets.put(name, counts.stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, LinkedHashMap::new))));
        return new CataloguePageDto(result.total(), page, size, items, facets);
    }

    /** A document number as officials write it, e.g. 示政办发〔2026〕3号 or 国发[2024]1号. */
    static boolean looksLikeDocNo(String q) {
        return q.matches("\\S*[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d+\\s*号");
    }

    private CataloguePageDto fromDatabase(String q, CataloguePublic.Filter filter, int page, int size) {
        return fromDatabase(q, filter, CataloguePublic.Advanced.NONE, page, size);
    }

    private CataloguePageDto fromDatabase(String q, CataloguePublic.Filter filter, CataloguePublic.Advanced advanced,
                                          int page, int size) {
        List<String> words = q == null || q.isBlank() ? null
                : Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isBlank()).toList();
        CataloguePublic.Page result = catalogue.browse(filter, words, advanced, page, size, true);
        return new CataloguePageDto(result.total(), page, size,
                result.items().stream().map(CatalogueItemDto::of).toList(), result.facets());
    }
}
