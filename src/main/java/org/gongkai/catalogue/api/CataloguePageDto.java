package org.gongkai.catalogue.api;

import java.util.List;
import java.util.Map;

/** A page of the public catalogue with the count of entries per facet value. */
public record CataloguePageDto(long total, int page, int size, List<CatalogueItemDto> items,
                               Map<String, Map<String, Long>> facets) {
}
