package org.gongkai.search.control;

import org.gongkai.search.benchmark.CatalogueGenerator;
import org.gongkai.search.entity.FacetCount;
import org.gongkai.search.entity.SearchDocument;
import org.gongkai.search.entity.SearchHit;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Order, totals and facet counts against the truth computed from the entries themselves (a word
 * of ideographs matches where it is a substring), on an index of several segments with changed
 * and deleted entries.
 */
class CatalogueRankingTest {

    @TempDir
    static Path dir;

    private static LuceneCatalogueIndex index;
    private static final Map<Long, SearchDocument> live = new HashMap<>();

    @BeforeAll
    static void build() {
        index = new LuceneCatalogueIndex(dir);
        index.replaceAll(CatalogueGenerator.entries(1500));
        CatalogueGenerator.entries(1500).forEach(entry -> live.put(entry.entryId(), entry));
        for (int batch = 0; batch < 3; batch++) {
            List<SearchDocument> more = LongStream.rangeClosed(1501 + batch * 500L, 2000 + batch * 500L)
                    .mapToObj(CatalogueGenerator::entry).toList();
            index.apply(more, List.of());
            more.forEach(entry -> live.put(entry.entryId(), entry));
        }
        // Republish some old entries as new (they move to the front) and withdraw others.
        List<SearchDocument> republished = new ArrayList<>();
        for (long id = 7; id <= 3000; id += 37) {
            SearchDocument old = live.get(id);
            republished.add(new SearchDocument(id, old.indexNo(), old.title(), old.docNo(), old.keywords(), old.summary(),
                    old.body(), old.organCode(), old.organName(), old.subject(), old.genre(), 2026, old.validity(),
                    old.writtenOn(), java.time.LocalDate.of(2026, 2, 12)));
        }
        List<Long> withdrawn = LongStream.iterate(11, id -> id <= 3000, id -> id + 53).boxed().toList();
        index.apply(republished, withdrawn);
        republished.forEach(entry -> live.put(entry.entryId(), entry));
        withdrawn.forEach(live::remove);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void wordsRankTitleMatchesFirstThenDocumentNumbersThenNewest() {
        for (String q : List.of("教育", "信息公开", "教育 招生", "安全生产 隐患排查", "政务公开", "义务教育 学前教育",
                "资金 监管 专款专用", "示教发", "年度 报告 教育", "量子", "河湖长制", "防汛抗旱 预案")) {
            for (int page : new int[] {0, 2}) {
                SearchQuery query = new SearchQuery(q, null, null, null, null, null, page, 20);
                assertSame(query, entry -> true, q + " page " + page);
            }
        }
    }

    @Test
    void filtersAndWindowsOfEverySize() {
        SearchQuery byOrgan = new SearchQuery("教育", "000014351", null, null, null, null, 1, 50);
        assertSame(byOrgan, entry -> entry.organCode().equals("000014351"), "organ");
        SearchQuery byYear = new SearchQuery(null, null, "科技、教育", null, 2025, "有效", 0, 100);
        assertSame(byYear, entry -> entry.subject().startsWith("科技、教育/") && entry.year() == 2025
                && entry.validity().equals("有效"), "subject, year, validity");
        SearchQuery browse = new SearchQuery(null, null, null, null, null, null, 4, 100);
        assertSame(browse, entry -> true, "browse");
    }

    /** The matching entries in the expected order: more title matches, more number matches, newer, higher id. */
    private static List<SearchDocument> truth(List<String> words, Predicate<SearchDocument> filter) {
        return live.values().stream()
                .filter(filter)
                .filter(entry -> words.stream().allMatch(word -> CatalogueFixture.text(entry).contains(word)))
                .sorted(Comparator.comparing((SearchDocument entry) -> tier(words, entry), Comparator.reverseOrder())
                        .thenComparing(SearchDocument::publishedOn, Comparator.reverseOrder())
                        .thenComparing(SearchDocument::entryId, Comparator.reverseOrder()))
                .toList();
    }

    private static int tier(List<String> words, SearchDocument entry) {
        int tier = 0;
        for (String word : words) {
            tier += 1 + (entry.title().contains(word) ? 1000 : 0)
                    + (entry.docNo() != null && entry.docNo().contains(word) ? 10 : 0);
        }
        return tier;
    }

    private static void assertSame(SearchQuery query, Predicate<SearchDocument> filter, String what) {
        List<SearchDocument> expected = truth(query.words(), filter);
        SearchResult result = index.search(query);
        assertEquals(expected.size(), result.total(), what + ": total");
        List<Long> expectedPage = expected.stream().skip((long) query.page() * query.size()).limit(query.size())
                .map(SearchDocument::entryId).toList();
        assertEquals(expectedPage, result.hits().stream().map(SearchHit::entryId).toList(), what + ": page");
        if (!query.words().isEmpty()) {
            for (SearchHit hit : result.hits()) {
                assertEquals(tier(query.words(), live.get(hit.entryId())), hit.score(), 0f, what + ": score");
            }
        }
        result.hits().forEach(hit -> assertEquals(live.get(hit.entryId()).indexNo(), hit.indexNo()));
        assertEquals(counts(expected, SearchDocument::organCode), counts(result, SearchQuery.ORGAN), what);
        assertEquals(counts(expected, SearchDocument::subjectTop), counts(result, SearchQuery.SUBJECT), what);
        assertEquals(counts(expected, SearchDocument::genre), counts(result, SearchQuery.GENRE), what);
        assertEquals(counts(expected, entry -> Integer.toString(entry.year())), counts(result, SearchQuery.YEAR), what);
        assertEquals(counts(expected, SearchDocument::validity), counts(result, SearchQuery.VALIDITY), what);
        assertTrue(expected.size() > query.page() * query.size() || result.hits().isEmpty(), what);
    }

    private static Map<String, Long> counts(List<SearchDocument> entries, Function<SearchDocument, String> value) {
        return new TreeMap<>(entries.stream().collect(Collectors.groupingBy(value, Collectors.counting())));
    }

    private static Map<String, Long> counts(SearchResult result, String dim) {
        return new TreeMap<>(result.facets().get(dim).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count)));
    }
}
