package org.gongkai.urgent.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.platform.control.ChineseLineBreaks;
import org.gongkai.platform.control.OfficialDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice of one fault of urgent reporting (紧急信息报送情况通报, 一事一通报), A4, in the portal's
 * embedded Chinese font: which unit, which incident, what the fault was and why, and that it counts
 * against the unit in the year's assessment of information work.
 */
public final class FaultNoticePdf {

    /** The embedded font of the portal's letters (a resource of the WAR). */
    static final String FONT = "/org/gongkai/request/fonts/NotoSerifSC-Regular.ttf";

    private static volatile byte[] fontBytes;

    private FaultNoticePdf() {
    }

    /** What the notice says. */
    public record Notice(long number, String organName, String faultLabel, String incidentTitle, String gradeLabel,
                         Instant learnedAt, Instant dueBy, Instant writtenAt, String reason, Instant recordedAt,
                         LocalDate issuedOn) {
    }

    public static byte[] render(Notice notice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 80, 80, 80, 80);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("紧急信息报送情况通报 " + notice.number());
            document.addCreator("Gongkai 政府信息公开平台");
            BaseFont base = BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.CACHED, font(), null);
            Font title = new Font(base, 20, Font.BOLD);
            Font body = new Font(base, 12);
            document.open();
            Paragraph heading = new Paragraph("紧急信息报送情况通报", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph number = new Paragraph("第 " + notice.number() + " 号", body);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(18);
            document.add(number);

            PdfPTable table = new PdfPTable(new float[]{1.2f, 3f});
            table.setWidthPercentage(100);
            row(table, "被通报单位", notice.organName(), body);
            row(table, "问题类型", notice.faultLabel(), body);
            row(table, "事件", notice.incidentTitle(), body);
            if (notice.gradeLabel() != null) {
                row(table, "事件等级", notice.gradeLabel(), body);
            }
            row(table, "获知时间", UrgentDates.minute(notice.learnedAt()), body);
            row(table, "书面报告时限", UrgentDates.minute(notice.dueBy()), body);
            row(table, "书面报告时间", notice.writtenAt() == null ? "未报送" : UrgentDates.minute(notice.writtenAt()), body);
            row(table, "情况说明", notice.reason(), body);
            row(table, "认定时间", UrgentDates.minute(notice.recordedAt()), body);
            document.add(table);

            Chunk chunk = new Chunk("重大突发事件须在获知后规定时限内先电话、后书面报告，并及时续报、终报。"
                    + "对迟报、漏报、瞒报、误报的，一事一通报，并计入本年度政务信息工作考核，取消本年度评先评优资格。"
                    + "请该单位认真整改，严格执行紧急信息报送制度。", body);
            chunk.setSplitCharacter(ChineseLineBreaks.RULES);
            Paragraph paragraph = new Paragraph(22, chunk);
            paragraph.setFirstLineIndent(24);
            paragraph.setSpacingBefore(14);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            document.add(paragraph);
            Paragraph date = new Paragraph(OfficialDates.chinese(notice.issuedOn()), body);
            date.setAlignment(Element.ALIGN_RIGHT);
            date.setSpacingBefore(30);
            document.add(date);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("fault notice not rendered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell name = new PdfPCell(new Paragraph(label, font));
        name.setPadding(6);
        Chunk chunk = new Chunk(value == null ? "" : value, font);
        chunk.setSplitCharacter(ChineseLineBreaks.RULES);
        PdfPCell content = new PdfPCell(new Paragraph(chunk));
        content.setPadding(6);
        table.addCell(name);
        table.addCell(content);
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = FaultNoticePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font missing: " + FONT);
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
