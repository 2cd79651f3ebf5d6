package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.catalogue.api.CatalogueItemDto;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.catalogue.boundary.CatalogueSearch;
import org.gongkai.catalogue.api.CataloguePageDto;
import org.gongkai.request.control.SimilarTerms;
import org.gongkai.request.control.SimilarityThreshold;

import java.time.LocalDate;
import java.util.ArrayList;
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
        CataloguePublic.Filter any = new CataloguePublic.Filter(null, null, null, null, null);
        long catalogueSize = search.search(null, any, 0, 1).total();
        List<SimilarityThreshold.TermResult> results = new ArrayList<>();
        // The catalogue's own search (its index, or the database until the index is ready), term by term.
        for (String term : terms) {
            CataloguePageDto found = search.search(term, any, 0, PER_TERM);
            List<SimilarityThreshold.Match> matches = new ArrayList<>();
            for (CatalogueItemDto item : found.items()) {
                matches.add(new SimilarityThreshold.Match(item.indexNo(), item.title().contains(term)));
                hits.putIfAbsent(item.indexNo(), new Hit(item.indexNo(), item.title(), item.organ().name(),
                        item.publishedOn(), 0));
            }
            results.add(new SimilarityThreshold.TermResult(term, found.total(), matches));
        }
        return SimilarityThreshold.related(results, catalogueSize).stream()
                .limit(max)
                .map(scored -> {
                    Hit hit = hits.get(scored.indexNo());
                    return new Hit(hit.indexNo(), hit.title(), hit.organName(), hit.publishedOn(), scored.score());
                })
                .toList();
    }
}
