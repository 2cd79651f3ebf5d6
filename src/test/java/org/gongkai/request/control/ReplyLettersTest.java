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

    @Test
    void noPdfLineStartsWithClosingPunctuationNorEndsWithAnOpeningOne() throws IOException {
        // every outcome's letter, with a long description, so that punctuation meets line ends in many places
        String description = "请公开本机关2025年度行政事业性收费项目清单、收费标准及其依据，包括：收费项目名称、收费标准、"
                + "收费依据文件（文号）、收费主体，以及各项目本年度的收费金额明细。";
        List<String> starts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            for (OutcomeReason reason : reasonsOf(outcome)) {
                LetterDraft draft = new LetterDraft("示范市人民政府办公室", "2026-ABCDEFGH", LocalDate.parse("2026-02-13"),
                        description, "示政办发〔2026〕7号", outcome, reason, "示范市财政局",
                        "该清单已通过电子邮件发送至您提供的邮箱，纸质件将于五个工作日内邮寄送达。", LocalDate.parse("2026-02-13"));
                try (PDDocument document = Loader.loadPDF(LetterPdf.render(ReplyLetters.compose(draft)))) {
                    for (String line : new PDFTextStripper().getText(document).split("\\R")) {
                        String trimmed = line.strip();
                        if (!trimmed.isEmpty() && ("，。、；：？！）》”’〕】…".indexOf(trimmed.charAt(0)) >= 0
                                || "（《“‘〔【".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0)) {
                            starts.add(outcome + "/" + reason + ": " + trimmed);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), starts);
    }

    @Test
    void theQuotedDescriptionEndsWithOneFullStop() {
        LetterDraft draft = new LetterDraft("示范市人民政府办公室", "2026-ABCDEFGH", LocalDate.parse("2026-02-13"),
                "请公开2025年收费项目明细。", null, Outcome.GRANTED, null, null, "见附件。", LocalDate.parse("2026-02-13"));
        String first = ReplyLetters.compose(draft).paragraphs().get(0);
        assertTrue(first.endsWith("“请公开2025年收费项目明细”。"), first);
    }

    @Test
    void theLetterIsNeverDatedBeforeTheReceiptAndAddressesTheApplicantByName() {
        LetterDraft sunday = new LetterDraft("示范市人民政府办公室", "2026-ABCDEFGH", LocalDate.parse("2026-12-07"),
                "请公开收费项目", null, Outcome.GRANTED, null, null, "见附件。", LocalDate.parse("2026-12-06"));
        Letter letter = ReplyLetters.compose(sunday);
        assertEquals("2026年12月7日", letter.date());
        assertEquals("申请人：", letter.salutation(), "the reviewed letter carries no personal data");
        assertEquals("王小明：", letter.addressedTo("王小明").salutation());
        assertEquals("申请人：", letter.addressedTo(" ").salutation());
    }

    private static List<OutcomeReason> reasonsOf(Outcome outcome) {
        List<OutcomeReason> reasons = new ArrayList<>();
        for (OutcomeReason reason : OutcomeReason.values()) {
            if (reason.outcome() == outcome) {
                reasons.add(reason);
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(null);
        }
        return reasons;
    }
}
