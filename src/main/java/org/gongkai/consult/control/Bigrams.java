package org.gongkai.consult.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chinese search of the public answers with PostgreSQL's full text on character bigrams, the
 * approach of Lucene's CJK analyser (which the catalogue's index uses through {@code search}):
 * a run of Han characters becomes its overlapping pairs (一个汉字 alone stays itself), a run of
 * letters or digits one lower-case word. The same analysis is applied to the stored text
 * ({@link #document}, kept in a {@code tsvector} with the {@code simple} configuration) and to the
 * query ({@link #query}, every term required), so 学籍证明 finds a text containing 办理学籍证明 but
 * not one containing only 学习 and 证明. Decision: reusing the Lucene index would tie the desk to the
 * catalogue's index and its rebuilds; the desk's answers are few and short, and this stays in the
 * database's transaction.
 */
public final class Bigrams {

    private Bigrams() {
    }

    /** The terms of {@code text}: Han bigrams and lower-case words, in order, without repeats. */
    public static List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        int[] points = text.codePoints().toArray();
        int i = 0;
        while (i < points.length) {
            int c = points[i];
            if (isHan(c)) {
                int start = i;
                while (i < points.length && isHan(points[i])) {
                    i++;
                }
                if (i - start == 1) {
                    terms.add(new String(points, start, 1));
                } else {
                    for (int k = start; k + 1 < i; k++) {
                        terms.add(new String(points, k, 2));
                    }
                }
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < points.length && Character.isLetterOrDigit(points[i]) && !isHan(points[i])) {
                    i++;
                }
                terms.add(new String(points, start, i - start).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return new ArrayList<>(terms);
    }

    /** The text to store: the terms separated by spaces (for {@code to_tsvector('simple', …)}). */
    public static String document(String text) {
        return String.join(" ", terms(text));
    }

    /**
     * The query for {@code to_tsquery('simple', …)}: every term required; null when the text has no
     * term. Terms hold letters and digits only, so nothing of the query syntax can be injected.
     */
    public static String query(String text) {
        List<String> terms = terms(text);
        return terms.isEmpty() ? null : terms.stream().limit(32).collect(Collectors.joining(" & "));
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
