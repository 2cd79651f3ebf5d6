package org.gongkai.request.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.request.entity.Channel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptPdfTest {

    @Test
    void theReceiptCarriesCodePasscodeAndDatesAndTheRulesOfTheReplyPeriod() throws IOException {
        FilingReceipt receipt = new FilingReceipt("示范市人民政府办公室", "2026-ABCDEFGH", "K7QX-M2PA-9WZT", Channel.MAIL,
                LocalDate.parse("2026-12-07"), LocalDate.parse("2027-01-05"), true,
                "请公开本机关2025年度行政事业性收费项目清单、收费标准及其依据。", LocalDate.parse("2026-12-07"));

        try (PDDocument document = Loader.loadPDF(ReceiptPdf.render(receipt))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("政府信息公开申请回执"), text);
            assertTrue(text.contains("2026-ABCDEFGH"), text);
            assertTrue(text.contains("K7QX-M2PA-9WZT"), text);
            assertTrue(text.contains("邮寄"), text);
            assertTrue(text.contains("2026年12月7日"), text);
            assertTrue(text.contains("2027年1月5日"), text);
            assertTrue(text.replaceAll("\\s", "").contains("日期可能调整"), "a provisional due date says so: " + text);
            assertTrue(text.contains("第三十三条"), text);
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                assertTrue(trimmed.isEmpty() || "，。、；：？！）》”".indexOf(trimmed.charAt(0)) < 0, line);
            }
        }
    }
}
