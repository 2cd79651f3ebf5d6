package org.gongkai.search.control;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-safe text: every character of the text is escaped and the
 * only markup is {@code <mark>…</mark>} around matched words (overlapping or touching matches
 * share one mark). A passage longer than {@code maxChars} is cut to a window around its first
 * match; cuts and gaps between passages show as {@code …}.
 */
final class MarkFormatter extends PassageFormatter {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    static final String ELLIPSIS = "…";

    /** Characters kept before the first match when a long passage is cut. */
    private static final int LEAD = 24;

    private final int maxChars;

    /** @param maxChars the most characters of text in the result; 0 for no limit */
    MarkFormatter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int budget = maxChars > 0 ? maxChars : Integer.MAX_VALUE;
        int previousEnd = 0;
        for (Passage passage : passages) {
            if (budget <= 0) {
                break;
            }
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            int matches = passage.getNumMatches();
            if (end - start > budget) {
                int firstMatch = matches > 0 ? starts[0] : start;
                start = Math.max(start, firstMatch - LEAD);
                end = Math.min(end, start + budget);
                if (matches > 0) {
                    end = Math.max(end, Math.min(passage.getEndOffset(), ends[0]));
                }
            }
            if (start > previousEnd || (start > 0 && out.isEmpty())) {
                out.append(ELLIPSIS);
            }
            appendMarked(out, content, start, end, starts, ends, matches);
            budget -= end - start;
            previousEnd = end;
        }
        if (previousEnd < content.length() && !out.isEmpty()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static void appendMarked(StringBuilder out, String content, int start, int end, int[] starts,
                                     int[] ends, int matches) {
        int position = start;
        int i = 0;
        while (i < matches) {
            int markStart = Math.max(starts[i], position);
            int markEnd = ends[i];
            i++;
            // Matches come in order of their start: merge those that overlap or touch this one.
            while (i < matches && starts[i] <= markEnd) {
                markEnd = Math.max(markEnd, ends[i]);
                i++;
            }
            markEnd = Math.min(markEnd, end);
            if (markStart >= markEnd) {
                continue;
            }
            escape(out, content, position, markStart);
            out.append(OPEN);
            escape(out, content, markStart, markEnd);
            out.append(CLOSE);
            position = markEnd;
        }
        escape(out, content, position, end);
    }

    /** The text, safe as HTML element content and attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    static void escape(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
