package org.gongkai.search.control;

import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.search.entity.FacetCount;
import org.gongkai.search.entity.SearchDocument;
import org.gongkai.search.entity.SearchHit;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.gongkai.search.control.CatalogueFixture.ALL;
import static org.gongkai.search.control.CatalogueFixture.ANNUAL_REPORT;
import static org.gongkai.search.control.CatalogueFixture.DISCLOSURE_PLAN;
import static org.gongkai.search.control.CatalogueFixture.EDUCATION;
import static org.gongkai.search.control.CatalogueFixture.ENROLMENT;
import static org.gongkai.search.control.CatalogueFixture.FEES;
import static org.gongkai.search.control.CatalogueFixture.INSURANCE;
import static org.gongkai.search.control.CatalogueFixture.SAFETY;
import static org.gongkai.search.control.CatalogueFixture.TUTORING;
import static org.gongkai.search.control.CatalogueFixture.WORK_POINTS;
import static org.gongkai.search.control.CatalogueFixture.containing;
import static org.gongkai.search.control.CatalogueFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneCatalogueIndexTest {

    /** The unreadable index this test makes on purpose is logged as a warning: keep the build output readable. */
    private static final java.util.logging.Logger QUIET = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(LuceneCatalogueIndex.class.getName());
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @TempDir
    Path dir;

    private LuceneCatalogueIndex index;

    @BeforeEach
    void fill() {
        index = new LuceneCatalogueIndex(dir);
        index.replaceAll(ALL.stream());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void twoCharacterWordFindsEveryEntryContainingIt() {
        SearchResult result = index.search(SearchQuery.text("教育"));
        assertEquals(Set.of(1L, 4L, 5L, 7L), containing("教育"));
        assertEquals(containing("教育"), idsOf(result));
        assertEquals(4, result.total());
    }

    @Test
    void phraseFindsExactlyTheEntriesContainingIt() {
        // INSURANCE has 信息 and 公开, but apart: it must not match.
        assertTrue(CatalogueFixture.text(INSURANCE).contains("信息"));
        assertTrue(CatalogueFixture.text(INSURANCE).contains("公开"));
        Set<Long> expected = containing("信息公开");
        assertFalse(expected.contains(INSURANCE.entryId()));
        assertEquals(expected, idsOf(index.search(SearchQuery.text("信息公开"))));
        for (String phrase : List.of("义务教育", "政务公开", "校外培训", "缴费标准", "人民政府", "公开工作", "年度报告")) {
            assertEquals(containing(phrase), idsOf(index.search(SearchQuery.text(phrase))), phrase);
        }
    }

    @Test
    void moreWordsNarrowTheResult() {
        Set<Long> one = idsOf(index.search(SearchQuery.text("教育")));
        Set<Long> two = idsOf(index.search(SearchQuery.text("教育 招生")));
        assertEquals(containing("教育", "招生"), two);
        assertEquals(Set.of(ENROLMENT.entryId()), two);
        assertTrue(one.containsAll(two) && one.size() > two.size());
        // full-width spaces separate words too
        assertEquals(containing("教育", "信息公开"), idsOf(index.search(SearchQuery.text("教育\u3000信息公开"))));
    }

    @Test
    void titleMatchesComeFirstThenNewer() {
        List<SearchHit> hits = index.search(SearchQuery.text("教育")).hits();
        // ENROLMENT (2026-02-10), ANNUAL_REPORT (2026-01-20), FEES (2025-08-28) have 教育 in the title;
        // TUTORING is the newest entry (2026-02-12) but has 教育 in its body only.
        assertEquals(List.of(ENROLMENT.entryId(), ANNUAL_REPORT.entryId(), FEES.entryId(), TUTORING.entryId()),
                hits.stream().map(SearchHit::entryId).toList());
        assertTrue(hits.get(2).score() > hits.get(3).score());
    }

    @Test
    void documentNumberFindsItsEntryFirst() {
        SearchResult result = index.search(SearchQuery.text("湘政办发〔2025〕12号"));
        // DISCLOSURE_PLAN quotes the number in its body ("…12号文件精神"): it matches, after the entry itself.
        assertEquals(containing("湘政办发〔2025〕12号"), idsOf(result));
        assertEquals(WORK_POINTS.entryId(), result.hits().get(0).entryId());
        assertEquals(DISCLOSURE_PLAN.entryId(), result.hits().get(1).entryId());
        assertEquals(WORK_POINTS.entryId(), index.search(SearchQuery.text("湘政办发[2025]12号")).hits().get(0).entryId());
        assertEquals(containing("12号"), idsOf(index.search(SearchQuery.text("12号"))));
    }

    @Test
    void singleCharacterAndLatinWordsWork() {
        assertEquals(containing("税"), idsOf(index.search(SearchQuery.text("税"))));
        assertEquals(Set.of(INSURANCE.entryId()), containing("税"));
        assertEquals(containing("2026"), idsOf(index.search(SearchQuery.text("2026"))));
        assertEquals(containing("12345"), idsOf(index.search(SearchQuery.text("１２３４５"))));
        assertEquals(Set.of(FEES.entryId()), idsOf(index.search(SearchQuery.text("SCRIPT"))));
    }

    @Test
    void absentWordFindsNothing() {
        SearchResult result = index.search(SearchQuery.text("量子计算"));
        assertEquals(0, result.total());
        assertTrue(result.hits().isEmpty());
        result.facets().values().forEach(values -> assertTrue(values.isEmpty()));
        assertEquals(0, index.search(SearchQuery.text("教育 量子")).total());
    }

    @Test
    void facetCountsAreThoseOfTheHits() {
        SearchResult result = index.search(SearchQuery.text("教育"));
        assertEquals(SearchQuery.FACETS, List.copyOf(result.facets().keySet()));
        Set<Long> hits = containing("教育");
        List<SearchDocument> matching = ALL.stream().filter(entry -> hits.contains(entry.entryId())).toList();
        assertEquals(expectedCounts(matching, SearchDocument::organCode), counts(result, SearchQuery.ORGAN));
        assertEquals(expectedCounts(matching, SearchDocument::subjectTop), counts(result, SearchQuery.SUBJECT));
        assertEquals(expectedCounts(matching, SearchDocument::genre), counts(result, SearchQuery.GENRE));
        assertEquals(expectedCounts(matching, entry -> Integer.toString(entry.year())), counts(result, SearchQuery.YEAR));
        assertEquals(expectedCounts(matching, SearchDocument::validity), counts(result, SearchQuery.VALIDITY));
        assertEquals(List.of(new FacetCount("2026", 3), new FacetCount("2025", 1)), result.facets().get(SearchQuery.YEAR));
        assertEquals(new FacetCount("科技、教育", 4), result.facets().get(SearchQuery.SUBJECT).get(0));
    }

    @Test
    void withoutWordsEverythingNewestFirstWithAllCounts() {
        SearchResult result = index.search(SearchQuery.all(0, 20));
        assertEquals(ALL.size(), result.total());
        assertEquals(List.of(5L, 1L, 4L, 8L, 3L, 7L, 2L, 6L), result.hits().stream().map(SearchHit::entryId).toList());
        assertEquals(expectedCounts(ALL, SearchDocument::organCode), counts(result, SearchQuery.ORGAN));
        assertEquals(List.of(new FacetCount("通知", 3), new FacetCount("公告", 2), new FacetCount("函", 1),
                new FacetCount("意见", 1), new FacetCount("报告", 1)), result.facets().get(SearchQuery.GENRE));
        // no words: titles whole and escaped, snippets from the summary (or the body when there is none)
        SearchHit fees = result.hits().get(5);
        assertEquals("关于&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;教育收费项目和标准的公示", fees.titleHighlighted());
        assertEquals("公示2025年秋季学期公办学校教育收费项目 &amp; 标准。", fees.snippetHighlighted());
        assertTrue(result.hits().get(3).snippetHighlighted().startsWith("根据湘政办发〔2025〕12号文件精神"));
    }

    @Test
    void pagesSliceTheOrder() {
        SearchResult second = index.search(new SearchQuery(null, null, null, null, null, null, 1, 3));
        assertEquals(ALL.size(), second.total());
        assertEquals(List.of(8L, 3L, 7L), second.hits().stream().map(SearchHit::entryId).toList());
        SearchResult beyond = index.search(new SearchQuery(null, null, null, null, null, null, 5, 3));
        assertTrue(beyond.hits().isEmpty());
        assertEquals(ALL.size(), beyond.total());
    }

    @Test
    void filtersNarrowHitsAndFacets() {
        SearchResult byOrgan = index.search(new SearchQuery("信息公开", CatalogueFixture.OFFICE, null, null, null, null, 0, 20));
        assertEquals(ids(entry -> entry.organCode().equals(CatalogueFixture.OFFICE)
                && CatalogueFixture.text(entry).contains("信息公开")), idsOf(byOrgan));
        assertEquals(List.of(new FacetCount(CatalogueFixture.OFFICE, byOrgan.total())),
                byOrgan.facets().get(SearchQuery.ORGAN));

        assertEquals(Set.of(1L, 4L, 5L, 7L),
                idsOf(index.search(new SearchQuery(null, null, "科技、教育", null, null, null, 0, 20))));
        assertEquals(Set.of(1L, 4L, 5L, 7L),
                idsOf(index.search(new SearchQuery(null, null, "科技、教育 / 教育", null, null, null, 0, 20))));
        assertEquals(Set.of(8L), idsOf(index.search(new SearchQuery("政务公开", null, "综合政务", "函", null, null, 0, 20))));
        assertEquals(Set.of(2L, 3L, 7L), idsOf(index.search(new SearchQuery(null, null, null, null, 2025, null, 0, 20))));
        SearchResult repealed = index.search(new SearchQuery(null, null, null, null, null, "废止", 0, 20));
        assertEquals(Set.of(SAFETY.entryId()), idsOf(repealed));
        assertEquals(List.of(new FacetCount("2024", 1)), repealed.facets().get(SearchQuery.YEAR));
        assertEquals(0, index.search(new SearchQuery("教育", EDUCATION, null, null, 2024, null, 0, 20)).total());
    }

    @Test
    void highlightsMarkMatchedWordsAndEscapeTheText() {
        SearchResult result = index.search(SearchQuery.text("教育"));
        SearchHit enrolment = hit(result, ENROLMENT.entryId());
        assertEquals("关于做好2026年义务<mark>教育</mark>阶段招生入学工作的通知", enrolment.titleHighlighted());
        assertTrue(enrolment.snippetHighlighted().contains("<mark>教育</mark>"), enrolment.snippetHighlighted());

        SearchHit fees = hit(result, FEES.entryId());
        assertEquals("关于&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<mark>教育</mark>收费项目和标准的公示",
                fees.titleHighlighted());
        assertEquals("公示2025年秋季学期公办学校<mark>教育</mark>收费项目 &amp; 标准。", fees.snippetHighlighted());

        // a body-only match: title plain, snippet a passage of the body
        SearchHit tutoring = hit(result, TUTORING.entryId());
        assertEquals(TUTORING.title(), tutoring.titleHighlighted());
        assertTrue(tutoring.snippetHighlighted().contains("良好<mark>教育</mark>生态"), tutoring.snippetHighlighted());
        assertTrue(tutoring.snippetHighlighted().length() <= LuceneCatalogueIndex.SNIPPET_CHARS + 30);

        SearchHit report = index.search(SearchQuery.text("信息公开 年度报告")).hits().get(0);
        assertEquals("示范市教育局2025年政府<mark>信息公开</mark>工作<mark>年度报告</mark>", report.titleHighlighted());

        for (SearchHit hit : index.search(SearchQuery.text("script")).hits()) {
            String stripped = hit.titleHighlighted().replace("<mark>", "").replace("</mark>", "")
                    + hit.snippetHighlighted().replace("<mark>", "").replace("</mark>", "");
            assertFalse(stripped.contains("<") || stripped.contains(">"), stripped);
        }
    }

    @Test
    void repeatedSearchesAnswerWhatTheIndexHoldsNow() {
        SearchQuery education = SearchQuery.text("教育");
        SearchResult first = index.search(education);
        assertEquals(4, first.total());
        assertEquals(first, index.search(education));
        // later pages share the first page's counts and rank as the search made afresh did
        List<Long> paged = Stream.of(0, 1)
                .flatMap(page -> index.search(new SearchQuery("教育", null, null, null, null, null, page, 2)).hits().stream())
                .map(SearchHit::entryId).toList();
        assertEquals(first.hits().stream().map(SearchHit::entryId).toList(), paged);

        // every change of the index is seen by the very next search, kept answers or not
        index.delete(ENROLMENT.entryId());
        SearchResult after = index.search(education);
        assertEquals(3, after.total());
        assertFalse(idsOf(after).contains(ENROLMENT.entryId()));
        assertEquals(3, after.facets().get(SearchQuery.ORGAN).stream().mapToLong(FacetCount::count).sum());
        List<Long> secondPage = index.search(new SearchQuery("教育", null, null, null, null, null, 1, 2)).hits().stream()
                .map(SearchHit::entryId).toList();
        assertEquals(after.hits().stream().skip(2).map(SearchHit::entryId).toList(), secondPage);
    }

    @Test
    void aSearchAskedByManyAtOnceIsComputedOnce() throws Exception {
        int callers = 16;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(callers);
            SearchQuery query = SearchQuery.text("教育 信息公开");
            long before = index.computedSearches();
            List<java.util.concurrent.Future<SearchResult>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(threads.submit(() -> {
                    together.await();
                    return index.search(query);
                }));
            }
            SearchResult first = answers.get(0).get();
            for (var answer : answers) {
                assertEquals(first, answer.get());
            }
            assertEquals(1, index.computedSearches() - before);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void searchingSlicesInParallelFindsTheSameAsOneThread(@TempDir Path other) throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        // one entry per change: one segment each, several slices of segments
        try (LuceneCatalogueIndex parallel = new LuceneCatalogueIndex(other, 16, threads)) {
            ALL.forEach(parallel::upsert);
            try (org.apache.lucene.index.DirectoryReader segments = org.apache.lucene.index.DirectoryReader.open(
                    org.apache.lucene.store.FSDirectory.open(other))) {
                assertTrue(segments.leaves().size() > 5, "segments: " + segments.leaves().size());
            }
            for (SearchQuery query : List.of(SearchQuery.text("教育"), SearchQuery.text("信息公开 年度报告"),
                    SearchQuery.text("税"), SearchQuery.all(0, 20), SearchQuery.all(1, 3),
                    new SearchQuery("教育", null, null, null, 2026, null, 0, 2))) {
                SearchResult expected = index.search(query);
                SearchResult found = parallel.search(query);
                assertEquals(expected.total(), found.total(), query::toString);
                assertEquals(expected.hits().stream().map(SearchHit::entryId).toList(),
                        found.hits().stream().map(SearchHit::entryId).toList(), query::toString);
                assertEquals(expected.facets(), found.facets(), query::toString);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void upsertReplacesAndDeleteRemoves() {
        SearchDocument renamed = new SearchDocument(SAFETY.entryId(), SAFETY.indexNo(),
                "关于开展中小学安全教育专项行动的通知", SAFETY.docNo(), List.of(), SAFETY.summary(), SAFETY.body(),
                SAFETY.organCode(), SAFETY.organName(), SAFETY.subject(), SAFETY.genre(), SAFETY.year(),
                "有效", SAFETY.writtenOn(), LocalDate.of(2026, 2, 13));
        index.upsert(renamed);
        assertTrue(idsOf(index.search(SearchQuery.text("教育"))).contains(SAFETY.entryId()));
        assertEquals(Set.of(), idsOf(index.search(SearchQuery.text("三年行动实施方案的通知"))));
        SearchResult all = index.search(SearchQuery.all(0, 20));
        assertEquals(ALL.size(), all.total());
        assertEquals(SAFETY.entryId(), all.hits().get(0).entryId());
        assertEquals(List.of(), index.search(new SearchQuery(null, null, null, null, null, "废止", 0, 20)).hits());

        index.delete(ENROLMENT.entryId());
        index.delete(999);
        assertFalse(idsOf(index.search(SearchQuery.text("教育"))).contains(ENROLMENT.entryId()));
        assertEquals(0, index.search(SearchQuery.text("招生")).total());
        assertEquals(ALL.size() - 1, index.search(SearchQuery.all(0, 20)).total());
    }

    @Test
    void keepsItsContentAcrossRestartsAndReplacesAllAtOnce() {
        index.close();
        index = new LuceneCatalogueIndex(dir);
        assertFalse(index.isEmpty());
        assertEquals(containing("教育"), idsOf(index.search(SearchQuery.text("教育"))));

        index.replaceAll(Stream.of(INSURANCE, SAFETY));
        assertEquals(Set.of(3L, 6L), idsOf(index.search(SearchQuery.all(0, 20))));
        index.replaceAll(Stream.empty());
        assertTrue(index.isEmpty());
        SearchResult none = index.search(SearchQuery.text("教育"));
        assertEquals(0, none.total());
        assertEquals(List.of(), none.facets().get(SearchQuery.ORGAN));
    }

    @Test
    void aFailedRebuildLeavesTheOldContent() {
        Stream<SearchDocument> failing = Stream.concat(Stream.of(INSURANCE), Stream.<SearchDocument>generate(() -> {
            throw new IllegalStateException("database gone");
        }).limit(1));
        assertThrows(IllegalStateException.class, () -> index.replaceAll(failing));
        assertEquals(ALL.size(), index.search(SearchQuery.all(0, 20)).total());
        index.upsert(SAFETY);
        assertEquals(ALL.size(), index.search(SearchQuery.all(0, 20)).total());
    }

    @Test
    void anUnreadableIndexStartsEmpty() throws Exception {
        index.close();
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments_")).toList()) {
                java.nio.file.Files.write(file, new byte[] {1, 2, 3});
            }
        }
        index = new LuceneCatalogueIndex(dir);
        assertTrue(index.isEmpty());
        index.upsert(ENROLMENT);
        assertEquals(Set.of(ENROLMENT.entryId()), idsOf(index.search(SearchQuery.text("教育"))));
    }

    @Test
    void queriesOutOfRangeAreRefused() {
        assertThrows(InvalidInputException.class, () -> new SearchQuery(null, null, null, null, null, null, 0, 0));
        assertThrows(InvalidInputException.class, () -> new SearchQuery(null, null, null, null, null, null, 0, 101));
        assertThrows(InvalidInputException.class, () -> new SearchQuery(null, null, null, null, null, null, -1, 20));
        assertThrows(InvalidInputException.class, () -> new SearchQuery(null, null, null, null, null, null, 500, 20));
        assertThrows(InvalidInputException.class, () -> SearchQuery.text("教".repeat(101)));
        SearchQuery blank = new SearchQuery("  ", " ", "", null, null, "\u3000", 0, 20);
        assertEquals(SearchQuery.all(0, 20), blank);
        assertEquals(ALL.size(), index.search(SearchQuery.text("，。")).total());
    }

    private static SearchHit hit(SearchResult result, long entryId) {
        return result.hits().stream().filter(hit -> hit.entryId() == entryId).findFirst().orElseThrow();
    }

    private static Set<Long> idsOf(SearchResult result) {
        Set<Long> ids = result.hits().stream().map(SearchHit::entryId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(result.total(), ids.size(), "all hits on the page");
        return ids;
    }

    private static Map<String, Long> counts(SearchResult result, String dim) {
        return result.facets().get(dim).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static Map<String, Long> expectedCounts(List<SearchDocument> entries,
                                                    java.util.function.Function<SearchDocument, String> value) {
        return entries.stream().collect(Collectors.groupingBy(value, Collectors.counting()));
    }
}
