package org.gongkai.urgent.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultNoticePdfTest {

    @Test
    void aNoticeOfOneFaultIsAPdfWithTheEmbeddedChineseFont() {
        byte[] pdf = FaultNoticePdf.render(new FaultNoticePdf.Notice(7, "示范市教育局", "迟报", "校车侧翻", "较大",
                Instant.parse("2026-02-13T02:00:00Z"), Instant.parse("2026-02-13T04:00:00Z"),
                Instant.parse("2026-02-13T05:00:00Z"), "书面报告超过时限 60 分钟", Instant.parse("2026-02-13T05:00:00Z"),
                LocalDate.of(2026, 2, 13)));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("NotoSerifSC"), "the font is embedded");
        assertTrue(pdf.length > 5_000, "a page with text, not an empty document: " + pdf.length);
    }
}
