package org.gongkai.report.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.CaseKind;
import org.gongkai.report.entity.CaseResult;
import org.gongkai.report.entity.LitigationCase;
import org.gongkai.report.entity.ReportSection;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.ReportTexts;
import org.gongkai.report.entity.TallyGroup;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportOutputsTest {

    private static AnnualReportData report() {
        ReportTexts texts = new ReportTexts("全年工作<b>总体</b>情况。", "问题。", "无。", 12, 3, 1, new BigDecimal("1.25"));
        ReportTable requests = RequestTable.build(List.of(
                new TallyGroup("NEW", "CLOSED", "GRANTED", "NATURAL_PERSON", "GRANTED", null, 3),
                new TallyGroup("NEW", "NEXT", null, "OTHER", null, null, 1)));
        List<LitigationCase> cases = List.of(
                new LitigationCase(1, "000014349", "2025-AAAA", CaseKind.RECONSIDERATION, LocalDate.of(2025, 3, 1),
                        CaseResult.MAINTAINED, LocalDate.of(2025, 5, 1), "officer"),
                new LitigationCase(2, "000014349", "2025-BBBB", CaseKind.SUIT_DIRECT, LocalDate.of(2025, 11, 1),
                        CaseResult.CORRECTED, LocalDate.of(2026, 1, 20), "officer"));
        return new AnnualReportData(2025, "000014349", "示范市人民政府办公室", Instant.parse("2026-02-13T02:00:00Z"), List.of(
                new ReportSection("一", "一、总体情况", texts.overview(), null),
                new ReportSection("二", "二、主动公开政府信息情况", "", ReportTables.proactive(new long[]{1, 0, 5}, new long[]{4, 2, 30}, texts)),
                new ReportSection("三", "三、收到和处理政府信息公开申请情况", "", requests),
                new ReportSection("四", "四、政府信息公开行政复议、行政诉讼情况", "", ReportTables.remedies(cases, 2025)),
                new ReportSection("五", "五、存在的主要问题及改进情况", texts.problems(), null),
                new ReportSection("六", "六、其他需要报告的事项", texts.otherMatters(), null)), List.of());
    }

    @Test
    void sectionFourCountsEachCaseByItsResultAtTheEndOfTheYear() {
        ReportTable remedies = report().section("四").table();
        assertEquals(1, remedies.row("RECONSIDERATION").cells().get("结果维持").longValue());
        assertEquals(1, remedies.row("SUIT_DIRECT").cells().get("尚未审结").longValue(), "decided only in 2026");
        assertEquals(0, remedies.row("SUIT_DIRECT").cells().get("结果纠正").longValue());
        assertEquals(15, remedies.rows().stream().mapToInt(r -> r.cells().size()).sum(), "15 cells");
    }

    @Test
    void theJsonFrozenForTheReviewReadsBackToTheSameReport() {
        AnnualReportData report = report();
        AnnualReportData read = ReportJson.read(ReportJson.write(report).toString());
        assertEquals(report.sections(), read.sections());
        assertEquals(report.title(), read.title());
    }

    @Test
    void theHtmlEscapesTheOfficersTextAndLaysOutTheApplicantColumns() {
        String html = ReportHtml.fragment(report());
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("全年工作&lt;b&gt;总体&lt;/b&gt;情况。"));
        assertTrue(html.contains("申请人情况") && html.contains("法人或其他组织"));
        assertTrue(html.contains("<th scope=\"rowgroup\" rowspan=\"8\" class=\"label\">（三）不予公开</th>"), html);
    }

    @Test
    void csvDefusesFormulasAndKeepsTheLabels() {
        String csv = ReportCsv.table(report().section("三").table());
        assertTrue(csv.startsWith("\uFEFF\"分组\",\"项目\",\"自然人\""), csv);
        assertTrue(csv.contains("\"三、本年度办理结果\",\"（一）予以公开\",3,0,0,0,0,0,3"), csv);
        assertEquals("\"'=1+1\"", ReportCsv.field("=1+1"));
    }

    @Test
    void thePdfEmbedsTheChineseFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(report()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("示范市人民政府办公室2025年政府信息公开工作年度报告"), text);
            assertTrue(text.contains("本年新收政府信息公开申请数量"), text);
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), font.getName());
        }
    }
}
