package org.gongkai.search.entity;

import org.gongkai.platform.entity.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue search: the words of {@code q} (separated by white space, all must occur) and the
 * filters, each narrowing both the hits and the facet counts. Blank values mean "no condition";
 * values are trimmed. Out-of-range values are refused with {@link InvalidInputException} (400).
 *
 * @param subject a top-level subject (e.g. {@code 科技、教育}) or a full path ({@code 科技、教育/教育})
 * @param page    0-based
 */
public record SearchQuery(String q, String organ, String subject, String genre, Integer year, String validity,
                          int page, int size) {

    public static final String ORGAN = "organ";
    public static final String SUBJECT = "subject";
    public static final String GENRE = "genre";
    public static final String YEAR = "year";
    public static final String VALIDITY = "validity";
    /** The facet dimensions, in the order results list them. */
    public static final List<String> FACETS = List.of(ORGAN, SUBJECT, GENRE, YEAR, VALIDITY);

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_FILTER_LENGTH = 200;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** No result list goes deeper than this: page × size + size ≤ 10,000 (as OpenSearch's default window). */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        q = clean(q);
        organ = clean(organ);
        subject = clean(subject);
        genre = clean(genre);
        validity = clean(validity);
        Map<String, String> problems = new LinkedHashMap<>();
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            problems.put("q", "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字符");
        }
        checkLength(problems, ORGAN, organ);
        checkLength(problems, SUBJECT, subject);
        checkLength(problems, GENRE, genre);
        checkLength(problems, VALIDITY, validity);
        if (year != null && (year < 1 || year > 9999)) {
            problems.put(YEAR, "年份须在 1 至 9999 之间");
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.put("size", "每页条数须在 1 至 " + MAX_SIZE + " 之间");
        }
        if (page < 0) {
            problems.put("page", "页码不能小于 0");
        } else if (size >= 1 && size <= MAX_SIZE && ((long) page + 1) * size > MAX_WINDOW) {
            problems.put("page", "最多可翻阅前 " + MAX_WINDOW + " 条结果，请增加检索条件");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
    }

    /** Everything published, newest first. */
    public static SearchQuery all(int page, int size) {
        return new SearchQuery(null, null, null, null, null, null, page, size);
    }

    /** The words of {@code q}, first page of {@link #DEFAULT_SIZE}. */
    public static SearchQuery text(String q) {
        return new SearchQuery(q, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** The words of {@link #q()}, as typed (full-width spaces count as spaces). */
    public List<String> words() {
        if (q == null) {
            return List.of();
        }
        return List.of(q.split("[\\s\\u3000]+")).stream().filter(word -> !word.isEmpty()).distinct().toList();
    }

    public boolean hasFilters() {
        return organ != null || subject != null || genre != null || year != null || validity != null;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replace('\u3000', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static void checkLength(Map<String, String> problems, String field, String value) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            problems.put(field, "不能超过 " + MAX_FILTER_LENGTH + " 个字符");
        }
    }
}
