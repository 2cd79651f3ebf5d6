package org.gongkai.review.control;

import java.util.List;

/**
 * The scanned text as safe HTML with each finding marked in place, so the reviewer sees it where
 * it stands. Everything but the inserted {@code <mark>} elements is escaped.
 */
public final class FindingHighlighter {

    /** Where a finding lies, its kind, and how to label it for people. */
    public record Span(int start, int end, String kind, String label) {
    }

    private FindingHighlighter() {
    }

    public static String highlight(String text, List<Span> spans) {
        StringBuilder html = new StringBuilder(text.length() + spans.size() * 64);
        int position = 0;
        for (Span span : spans.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList()) {
            if (span.start() < position || span.end() > text.length() || span.start() >= span.end()) {
                continue;
            }
            escape(text, position, span.start(), html);
            html.append("<mark class=\"gk-finding gk-finding-").append(span.kind()).append("\" title=\"");
            escape(span.label(), 0, span.label().length(), html);
            html.append("\">");
            escape(text, span.start(), span.end(), html);
            html.append("</mark>");
            position = span.end();
        }
        escape(text, position, text.length(), html);
        return html.toString();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br/>");
                default -> out.append(c);
            }
        }
    }
}
