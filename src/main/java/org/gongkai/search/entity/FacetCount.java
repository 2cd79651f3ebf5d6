package org.gongkai.search.entity;

/** One value of a facet and how many matching entries carry it. */
public record FacetCount(String value, long count) {
}
