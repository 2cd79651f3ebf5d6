package org.gongkai.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.api.CataloguePageDto;
import org.gongkai.catalogue.boundary.CatalogueSearch;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.catalogue.boundary.Subjects;
import org.gongkai.search.entity.SearchQuery;

import org.gongkai.catalogue.control.StatutoryColumns;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The public catalogue page: search form, facets with counts, results, paging. */
@Named
@RequestScoped
public class CatalogueSearchBacking {

    public static final int PAGE_SIZE = 20;
    /** The deepest page the search lists (its window is 10,000 results). */
    static final int LAST_PAGE_INDEX = SearchQuery.MAX_WINDOW / PAGE_SIZE - 1;
    private static final List<String> PARAMETERS = List.of("q", "organ", "subject", "genre", "year", "validity",
            "indexNo", "docNo", "titleOnly", "from", "to", "sort", "column");

    @Inject
    ExternalContext external;

    @Inject
    CatalogueSearch search;

    @Inject
    Organs organs;

    @Inject
    Subjects subjects;

    private CataloguePageDto result;
    private Map<String, String> organNames;

    public String param(String name) {
        String value = external.getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public CataloguePageDto getResult() {
        if (result == null) {
            Integer year = null;
            int page = 0;
            try {
                year = param("year") == null ? null : Integer.valueOf(param("year"));
            } catch (NumberFormatException e) {
                // a hand-edited address: show the results without the year filter
            }
            try {
                // the address counts pages from 1 (?page=2 is 第 2 页); deeper than the search window is its last page
                page = param("page") == null ? 0 : Math.max(0, Math.min(LAST_PAGE_INDEX, Integer.parseInt(param("page")) - 1));
            } catch (NumberFormatException e) {
                // a hand-edited address: the first page
            }
            String q = param("q");
            if (q != null && q.length() > 100) {
                q = q.substring(0, 100);
            }
            CataloguePublic.Filter filter = new CataloguePublic.Filter(param("organ"), param("subject"), param("genre"),
                    year, param("validity"));
            CataloguePublic.Advanced advanced = getAdvanced();
            result = search.search(q, filter, advanced, page, PAGE_SIZE);
            if (result.items().isEmpty() && page > 0 && result.total() > 0) {
                // past the last page (a stale bookmark, a hand-edited address): show the last one
                result = search.search(q, filter, advanced, Math.min(LAST_PAGE_INDEX,
                                (int) ((result.total() - 1) / PAGE_SIZE)), PAGE_SIZE);
            }
        }
        return result;
    }

    /** The advanced search's criteria from the address; a hand-edited bad date is left out. */
    public CataloguePublic.Advanced getAdvanced() {
        return new CataloguePublic.Advanced(limited(param("indexNo"), 40), limited(param("docNo"), 100),
                "true".equals(param("titleOnly")), date(param("from")), date(param("to")), "date".equals(param("sort")),
                StatutoryColumns.exists(param("column")) ? param("column") : null);
    }

    /** Whether the advanced search's panel starts open (one of its criteria, a column aside, is in use). */
    public boolean isAdvancedUsed() {
        CataloguePublic.Advanced advanced = getAdvanced();
        return !new CataloguePublic.Advanced(advanced.indexNo(), advanced.docNo(), advanced.titleOnly(), advanced.from(),
                advanced.to(), advanced.byDate(), null).plain();
    }

    /** The 法定主动公开内容 tree, for the column list beside the facets. */
    public List<Map.Entry<String, List<String>>> getColumns() {
        return List.copyOf(StatutoryColumns.all().entrySet());
    }

    /** The chosen column's breadcrumb: each level with the address that selects it. */
    public List<Map.Entry<String, String>> getColumnTrail() {
        List<String> trail = StatutoryColumns.trail(param("column"));
        List<Map.Entry<String, String>> links = new java.util.ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            links.add(Map.entry(trail.get(i), link("column", String.join("/", trail.subList(0, i + 1)))));
        }
        return links;
    }

    private static String limited(String value, int max) {
        return value == null ? null : value.substring(0, Math.min(max, value.length()));
    }

    private static java.time.LocalDate date(String value) {
        try {
            return value == null ? null : java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public List<CatalogueItemDto> getItems() {
        return getResult().items();
    }

    /** Facet values with counts, in order, for one facet. */
    public List<Map.Entry<String, Long>> facet(String name) {
        Map<String, Long> counts = getResult().facets().getOrDefault(name, Map.of());
        return List.copyOf(counts.entrySet());
    }

    public String organName(String code) {
        if (organNames == null) {
            organNames = new LinkedHashMap<>();
            for (OrganDto organ : organs.all().stream().map(OrganDto::of).toList()) {
                organNames.put(organ.code(), organ.name());
            }
        }
        return organNames.getOrDefault(code, code);
    }

    public Set<String> getTopSubjects() {
        return subjects.tree().keySet();
    }

    public List<OrganDto> getOrgans() {
        return organs.all().stream().map(OrganDto::of).toList();
    }

    /** This page's address with one parameter set (or removed when null), back on page 0. */
    public String link(String name, Object value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : PARAMETERS) {
            if (param(parameter) != null) {
                parameters.put(parameter, param(parameter));
            }
        }
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value.toString());
        }
        return address(parameters);
    }

    /** The address of a page, {@code page} counted from 0 as {@link #getPage()} counts it. */
    public String pageLink(int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : PARAMETERS) {
            if (param(parameter) != null) {
                parameters.put(parameter, param(parameter));
            }
        }
        parameters.put("page", Integer.toString(page + 1));
        return address(parameters);
    }

    public int getPage() {
        return getResult().page();
    }

    public int getPages() {
        return (int) Math.min(LAST_PAGE_INDEX + 1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isFiltered() {
        return PARAMETERS.stream().anyMatch(p -> param(p) != null);
    }

    private String address(Map<String, String> parameters) {
        StringBuilder address = new StringBuilder(external.getRequestContextPath()).append("/catalogue");
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            address.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return address.toString();
    }
}
