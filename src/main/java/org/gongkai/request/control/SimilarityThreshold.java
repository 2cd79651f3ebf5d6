package org.gongkai.request.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published entries are related enough to a request's description to be suggested: a word
 * found in a large part of the catalogue (the organ's or the city's name, 示范市, 通知…) tells
 * nothing and is left out; an entry is suggested only when it contains at least half of the telling
 * words, and at least two of them. Words in the title count double in the ranking.
 */
public final class SimilarityThreshold {

    /** A word found in more than this share of the catalogue tells nothing. */
    static final double COMMON_SHARE = 1.0 / 3;
    /** ... and in more than this many entries, for a small catalogue. */
    static final int COMMON_MINIMUM = 5;

    /** What the search found for one word: how many entries contain it, and the best of them. */
    public record TermResult(String term, long entriesWithTerm, List<Match> matches) {
    }

    /** An entry found for a word, and whether the word is in its title. */
    public record Match(String indexNo, boolean inTitle) {
    }

    /** A suggested entry with its score (telling words matched, title matches counted twice). */
    public record Scored(String indexNo, int score, int words) {
    }

    private SimilarityThreshold() {
    }

    /** Whether a word found in this many of the catalogue's entries tells anything about a request. */
    public static boolean telling(long entriesWithTerm, long catalogueSize) {
        return entriesWithTerm > 0
                && entriesWithTerm <= Math.max(COMMON_MINIMUM, (long) Math.floor(catalogueSize * COMMON_SHARE));
    }

    /** The related entries, best first. */
    public static List<Scored> related(List<TermResult> results, long catalogueSize) {
        List<TermResult> tellingResults = results.stream()
                .filter(result -> telling(result.entriesWithTerm(), catalogueSize)).toList();
        int needed = Math.max(2, (tellingResults.size() + 1) / 2);
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (TermResult result : tellingResults) {
            for (Match match : result.matches()) {
                scores.merge(match.indexNo(), match.inTitle() ? 2 : 1, Integer::sum);
                words.computeIfAbsent(match.indexNo(), key -> new HashSet<>()).add(result.term());
            }
        }
        List<Scored> related = new ArrayList<>();
        scores.forEach((indexNo, score) -> {
            int matched = words.get(indexNo).size();
            if (matched >= needed) {
                related.add(new Scored(indexNo, score, matched));
            }
        });
        related.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::indexNo));
        return related;
    }
}
