package org.gongkai.search.benchmark;

import org.apache.lucene.search.IndexSearcher;
import org.gongkai.search.control.LuceneCatalogueIndex;
import org.gongkai.search.entity.SearchQuery;
import org.gongkai.search.entity.SearchResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Indexes generated catalogue entries ({@link CatalogueGenerator}) with {@link LuceneCatalogueIndex}
 * and measures top-20 searches with facet counts and highlighting, as the catalogue API runs them.
 * Not a test (Surefire does not pick it up); run it with {@code benchmarks/search/run.sh}.
 *
 * <p>Options: {@code --docs N} (default 1,000,000), {@code --dir PATH}, {@code --reuse} (search an
 * index built before with the same N), {@code --rounds R} (timed passes over each query set,
 * default 10), {@code --no-query-cache} (every search computes everything), {@code --per-query}
 * (the CPU time of each query too).
 */
public final class CatalogueSearchBenchmark {

    public static final List<String> WORDS = List.of("教育", "公开", "安全", "环境", "卫生", "交通", "财政", "税务", "农业", "住房",
            "养老", "就业", "医保", "监管", "资金", "乡村", "食品", "招生", "文物", "防汛");

    public static final List<String> PHRASES = List.of("信息公开", "义务教育", "安全生产", "营商环境", "乡村振兴", "政务服务",
            "生态环境", "医疗保障", "专项整治", "招生入学", "学前教育", "食品安全", "养老服务", "粮食生产", "减税降费",
            "老旧小区", "河湖长制", "政府采购", "校外培训", "隐患排查");

    public static final List<String> MULTI = List.of("教育 招生", "义务教育 学前教育", "安全生产 隐患排查", "乡村振兴 粮食",
            "医疗 保障 基金", "环境 污染 防治", "住房 改造 小区", "就业 高校毕业生", "教育 经费 学生", "食品安全 抽检",
            "政务公开 政策解读", "财政 预算 绩效", "养老 服务 社区", "交通 安全 道路", "税收 减税降费", "监管 市场 主体",
            "教育 安全 学校", "公开 征求意见", "资金 监管 专款专用", "信息公开 教育");

    private CatalogueSearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        long docs = Long.parseLong(options.getOrDefault("docs", "1000000").replace("_", ""));
        Path dir = Path.of(options.getOrDefault("dir", System.getProperty("java.io.tmpdir") + "/gongkai-search-bench-" + docs));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        boolean reuse = options.containsKey("reuse");
        if (options.containsKey("no-query-cache")) {
            IndexSearcher.setDefaultQueryCache(null);
        }
        Runtime runtime = Runtime.getRuntime();
        log(String.format("Java %s, %d processors, max heap %d MB, query cache %s", System.getProperty("java.version"),
                runtime.availableProcessors(), runtime.maxMemory() >> 20, IndexSearcher.getDefaultQueryCache() == null ? "off" : "on"));

        try (LuceneCatalogueIndex index = new LuceneCatalogueIndex(dir, 256, null)) {
            long total = index.search(SearchQuery.all(0, 1)).total();
            if (!reuse || total != docs) {
                log(String.format("Indexing %,d entries into %s …", docs, dir));
                long started = System.nanoTime();
                index.replaceAll(CatalogueGenerator.entries(docs).parallel());
                double seconds = (System.nanoTime() - started) / 1e9;
                log(String.format("Indexed %,d entries in %.0f s (%.0f entries/s); index %s on disk", docs, seconds,
                        docs / seconds, megabytes(size(dir))));
            } else {
                log(String.format("Reusing the index of %,d entries in %s (%s on disk)", total, dir, megabytes(size(dir))));
            }

            Map<String, List<SearchQuery>> sets = new LinkedHashMap<>();
            sets.put("2-character word", WORDS.stream().map(SearchQuery::text).toList());
            sets.put("4-character phrase", PHRASES.stream().map(SearchQuery::text).toList());
            sets.put("several words", MULTI.stream().map(SearchQuery::text).toList());
            sets.put("word + filters", WORDS.stream().map(word -> new SearchQuery(word, null, null, null, 2025, "有效", 0, 20))
                    .toList());
            sets.put("no words (browse)", List.of(SearchQuery.all(0, 20), SearchQuery.all(3, 20),
                    new SearchQuery(null, "000014351", null, null, null, null, 0, 20)));

            // Warm up the JIT and the page cache with every query.
            long warmUp = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                sets.values().forEach(set -> set.forEach(index::search));
            }
            log(String.format("Warm-up %.1f s", (System.nanoTime() - warmUp) / 1e9));

            // Wall-clock time is what a caller waits; CPU time of the searching thread is the work done,
            // which stays meaningful on a machine whose cores are shared with other jobs.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            log(String.format("Load average before: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            log("| query set | queries × rounds | mean hits | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms |");
            log("|---|---|---|---|---|---|---|---|---|");
            for (Map.Entry<String, List<SearchQuery>> set : sets.entrySet()) {
                List<Long> nanos = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                long hits = 0;
                for (int round = 0; round < rounds; round++) {
                    for (SearchQuery query : set.getValue()) {
                        long cpuStarted = threads.getCurrentThreadCpuTime();
                        long started = System.nanoTime();
                        SearchResult result = index.search(query);
                        nanos.add(System.nanoTime() - started);
                        cpu.add(threads.getCurrentThreadCpuTime() - cpuStarted);
                        hits += result.total();
                        if (result.hits().isEmpty() && result.total() > 0) {
                            throw new IllegalStateException("no hits listed for " + query);
                        }
                    }
                }
                long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
                long[] cpuSorted = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
                log(String.format("| %s | %d × %d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", set.getKey(),
                        set.getValue().size(), rounds, hits / nanos.size(), ms(percentile(sorted, 50)),
                        ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]),
                        ms(percentile(cpuSorted, 50)), ms(percentile(cpuSorted, 95))));
            }
            log(String.format("Load average after: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            if (options.containsKey("per-query")) {
                log("| query | hits | CPU median ms |");
                log("|---|---|---|");
                for (List<SearchQuery> set : sets.values()) {
                    for (SearchQuery query : set) {
                        long[] cpu = new long[rounds];
                        long hits = 0;
                        for (int round = 0; round < rounds; round++) {
                            long cpuStarted = threads.getCurrentThreadCpuTime();
                            hits = index.search(query).total();
                            cpu[round] = threads.getCurrentThreadCpuTime() - cpuStarted;
                        }
                        java.util.Arrays.sort(cpu);
                        log(String.format("| %s | %,d | %.1f |", describe(query), hits, ms(cpu[rounds / 2])));
                    }
                }
            }
            for (String word : List.of("教育", "信息公开", "教育 招生")) {
                log(word + ": " + index.search(SearchQuery.text(word)).total() + " hits");
            }
            SearchResult sample = index.search(SearchQuery.text("义务教育 招生"));
            log("Sample: " + sample.total() + " hits; first: " + sample.hits().get(0).titleHighlighted() + " — "
                    + sample.hits().get(0).snippetHighlighted());
            log("Facets of 教育: " + index.search(SearchQuery.text("教育")).facets().get(SearchQuery.YEAR));
        }
    }

    private static String describe(SearchQuery query) {
        StringBuilder text = new StringBuilder(query.q() == null ? "(no words)" : query.q());
        if (query.organ() != null) {
            text.append(" organ=").append(query.organ());
        }
        if (query.year() != null) {
            text.append(" year=").append(query.year());
        }
        if (query.validity() != null) {
            text.append(" validity=").append(query.validity());
        }
        if (query.page() > 0) {
            text.append(" page=").append(query.page());
        }
        return text.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + args[i] + " in " + Arrays.toString(args));
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%,.0f MB", bytes / 1e6);
    }

    private static void log(String line) {
        CatalogueGenerator.log(line);
    }
}
