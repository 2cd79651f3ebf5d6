package org.gongkai.request.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyLettersTest {

    private static LetterDraft draft(Outcome outcome, OutcomeReason reason) {
        return new LetterDraft("示范市人民政府办公室", "2026-ABCDEFGH", LocalDate.parse("2026-02-13"),
                "请公开2025年本机关行政事业性收费项目清单", null, outcome, reason,
                outcome == Outcome.NOT_THIS_ORGAN ? "示范市财政局" : null,
                "该清单见附件。\n如需纸质件，请到本机关政务服务窗口领取。", LocalDate.parse("2026-02-13"));
    }

    @Test
    void everyOutcomeAndReasonCitesItsProvisionAndTheRemedies() {
        List<LetterDraft> drafts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            if (!outcome.needsReason()) {
                drafts.add(draft(outcome, null));
            }
        }
        for (OutcomeReason reason : OutcomeReason.values()) {
            drafts.add(draft(reason.outcome(), reason));
        }
        for (LetterDraft draft : drafts) {
            String text = ReplyLetters.text(ReplyLetters.compose(draft));
            assertTrue(text.contains("政府信息公开申请答复告知书"), text);
            assertTrue(text.contains("申请编号：2026-ABCDEFGH"), text);
            assertTrue(text.contains("2026年2月13日收到"), text);
            assertTrue(text.contains("六十日内依法申请行政复议"), text);
            assertTrue(text.contains("六个月内依法向人民法院提起行政诉讼"), text);
            if (draft.reason() == null || draft.reason().article() != null) {
                assertTrue(text.matches("(?s).*《中华人民共和国政府信息公开条例》第[一二三四五六七八九十]+条.*根据.*|(?s).*根据《中华人民共和国政府信息公开条例》第.*"),
                        "cites a provision: " + text);
            }
        }
    }

    @Test
    void eachRefusalNamesItsArticle() {
        assertTrue(ReplyLetters.decision(Outcome.REFUSED, OutcomeReason.STATE_SECRET, null).contains("第十四条"));
        assertTrue(ReplyLetters.decision(Outcome.REFUSED, OutcomeReason.THIRD_PARTY_RIGHTS, null).contains("第十五条"));
        assertTrue(ReplyLetters.decision(Outcome.REFUSED, OutcomeReason.PROCESS_INFORMATION, null).contains("第十六条第二款"));
        assertTrue(ReplyLetters.decision(Outcome.ALREADY_PUBLIC, null, null).contains("第三十六条第（一）项"));
        assertTrue(ReplyLetters.decision(Outcome.NOT_THIS_ORGAN, null, "示范市财政局").contains("示范市财政局"));
        assertTrue(ReplyLetters.decision(Outcome.OTHER, OutcomeReason.SUPPLEMENT_OVERDUE, null).contains("第三十条"));
    }

    @Test
    void textReadsBackIntoTheSameLetter() {
        Letter letter = ReplyLetters.compose(draft(Outcome.GRANTED, null));

        Letter again = ReplyLetters.parse(ReplyLetters.text(letter));

        assertEquals(letter, again);
        assertEquals("该清单见附件。", letter.paragraphs().get(2), "the officer's lines are paragraphs");
    }

    @Test
    void htmlEscapesTheOfficersText() {
        LetterDraft draft = new LetterDraft("示范市人民政府办公室", "2026-ABCDEFGH", LocalDate.parse("2026-02-13"),
                "<script>alert(1)</script>", null, Outcome.GRANTED, null, null, "见 <b>附件</b>", LocalDate.parse("2026-02-13"));

        String html = LetterHtml.render(ReplyLetters.compose(draft));

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;b&gt;附件&lt;/b&gt;"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("lang=\"zh-CN\""));
    }

    @Test
    void pdfEmbedsItsChineseFontAndReadsBackAsChinese() throws IOException {
        byte[] pdf = LetterPdf.render(ReplyLetters.compose(draft(Outcome.REFUSED, OutcomeReason.PROCESS_INFORMATION)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("政府信息公开申请答复告知书"), text);
            assertTrue(text.contains("示范市人民政府办公室"), text);
            assertTrue(text.contains("第十六条第二款"), text);
            boolean embedded = false;
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                if (font instanceof PDType0Font type0) {
                    assertNotNull(type0.getDescendantFont().getFontDescriptor().getFontFile2(),
                            "the TrueType font program is in the file");
                    embedded = type0.isEmbedded();
                }
            }
            assertTrue(embedded, "the CJK font is embedded");
        }
        assertTrue(pdf.length < 400_000, "only the glyphs used are embedded: " + pdf.length + " bytes");
    }
}
