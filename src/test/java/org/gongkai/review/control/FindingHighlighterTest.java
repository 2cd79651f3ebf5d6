package org.gongkai.review.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingHighlighterTest {

    @Test
    void marksFindingsInPlaceAndEscapesEverythingElse() {
        String text = "联系人<张三>，电话13812341234。";
        int start = text.indexOf("138");

        String html = FindingHighlighter.highlight(text,
                List.of(new FindingHighlighter.Span(start, start + 11, "PHONE", "手机号码 \"掩码\"")));

        assertEquals("联系人&lt;张三&gt;，电话<mark class=\"gk-finding gk-finding-PHONE\" title=\"手机号码 &quot;掩码&quot;\">"
                + "13812341234</mark>。", html);
    }

    @Test
    void ignoresOverlappingOrOutOfRangeSpans() {
        String html = FindingHighlighter.highlight("秘密★1年",
                List.of(new FindingHighlighter.Span(0, 2, "CLASSIFICATION_MARK", "密级"),
                        new FindingHighlighter.Span(1, 3, "SENSITIVE_TERM", "敏感词"),
                        new FindingHighlighter.Span(4, 99, "EMAIL", "x")));

        assertEquals(1, html.split("<mark", -1).length - 1);
        assertTrue(html.endsWith("★1年"));
    }

    @Test
    void sideBySideShowsWhatChanged() {
        List<SideBySide.Row> rows = SideBySide.compare("标题：旧\n正文：不变", "标题：新<b>\n正文：不变");

        assertTrue(rows.get(0).changed());
        assertTrue(rows.get(0).submitted().contains("&lt;b&gt;"), rows.get(0).submitted());
        assertTrue(!rows.get(1).changed());
    }
}
