package org.gongkai.request.control;

import org.gongkai.request.control.SimilarityThreshold.Match;
import org.gongkai.request.control.SimilarityThreshold.TermResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suggestions on /apply: related entries only, never those sharing just the city's name. */
class SimilarityThresholdTest {

    /** Every one of the 20 published entries of the demo catalogue has 示范市 in its title. */
    private static TermResult everywhere(String term) {
        return new TermResult(term, 20, IntStream.range(0, 20).mapToObj(i -> new Match("E" + i, true)).toList());
    }

    @Test
    void anUnrelatedDescriptionGetsNoSuggestion() {
        // "请公开示范市2026年春节期间烟花爆竹燃放管理规定": only the city's name and one common word match
        List<TermResult> results = List.of(everywhere("示范"), everywhere("范市"),
                new TermResult("烟花", 0, List.of()), new TermResult("爆竹", 0, List.of()),
                new TermResult("管理", 3, List.of(new Match("E1", true), new Match("E2", false), new Match("E3", false))));

        assertTrue(SimilarityThreshold.related(results, 20).isEmpty());
    }

    @Test
    void theEntryThatHoldsTheRequestedInformationIsSuggested() {
        // "请公开示范市2025年城市道路维修计划及其资金安排"
        List<TermResult> results = List.of(everywhere("示范"), everywhere("范市"),
                new TermResult("城市", 2, List.of(new Match("ROADS", true), new Match("E5", false))),
                new TermResult("道路", 1, List.of(new Match("ROADS", true))),
                new TermResult("维修", 1, List.of(new Match("ROADS", true))),
                new TermResult("计划", 4, List.of(new Match("ROADS", true), new Match("E6", true), new Match("E7", false),
                        new Match("E8", false))));

        List<SimilarityThreshold.Scored> related = SimilarityThreshold.related(results, 20);

        assertEquals(List.of("ROADS"), related.stream().map(SimilarityThreshold.Scored::indexNo).toList(),
                "E5 to E8 share one telling word each: not enough");
        assertEquals(4, related.get(0).words());
    }

    @Test
    void aWordFoundInAThirdOfTheCatalogueTellsNothing() {
        assertFalse(SimilarityThreshold.telling(40, 100));
        assertTrue(SimilarityThreshold.telling(33, 100));
        assertTrue(SimilarityThreshold.telling(5, 6), "a small catalogue: up to five entries still tell");
        assertFalse(SimilarityThreshold.telling(0, 100), "not found at all");
    }
}
