package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.catalogue.boundary.CatalogueSearch;
import org.gongkai.request.control.SimilarTerms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published catalogue entries that look like what a request asks for, shown while the applicant
 * writes it: information already published proactively is answered by telling where it is
 * (Art. 36(1) of the OGI Regulations), so the applicant may find it at once.
 */
@Stateless
@PermitAll
public class SimilarPublished {

    static final int TERMS = 8;
    /** The best matches looked at per term. */
    static final int PER_TERM = 50;

    /** A published entry that may answer the request. */
    public record Hit(String indexNo, String title, String organName, LocalDate publishedOn, int score)
            implements java.io.Serializable {
    }

    @Inject
    CatalogueSearch search;

    public List<Hit> find(String description, int max) {
        List<String> terms = SimilarTerms.of(description, TERMS);
        if (terms.size() < 2) {
            return List.of();
        }
        Map<String, Hit> hits = new LinkedHashMap<>();
        Map<String, Integer> scores = new HashMap<>();
        CataloguePublic.Filter any = new CataloguePublic.Filter(null, null, null, null, null);
        // The catalogue's own search (its index, or the database until the index is ready), term by term.
        for (String term : terms) {
            for (CatalogueItemDto item : search.search(term, any, 0, PER_TERM).items()) {
                String indexNo = item.indexNo();
                int weight = item.title().contains(term) ? 2 : 1;
                scores.merge(indexNo, weight, Integer::sum);
                hits.putIfAbsent(indexNo, new Hit(indexNo, item.title(), item.organ().name(), item.publishedOn(), 0));
            }
        }
        int threshold = Math.max(3, terms.size() / 2);
        return hits.values().stream()
                .map(hit -> new Hit(hit.indexNo(), hit.title(), hit.organName(), hit.publishedOn(), scores.get(hit.indexNo())))
                .filter(hit -> hit.score() >= threshold)
                .sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::indexNo))
                .limit(max)
                .toList();
    }
}
