package org.gongkai.search.entity;

import java.util.List;
import java.util.Map;

/**
 * One page of matching entries, with the facet counts over all matching entries.
 *
 * @param facets per dimension ({@link SearchQuery#FACETS}, in that order) the values and counts
 */
public record SearchResult(long total, int page, int size, List<SearchHit> hits,
                           Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
