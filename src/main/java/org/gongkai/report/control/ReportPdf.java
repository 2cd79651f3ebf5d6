package org.gongkai.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.platform.control.ChineseLineBreaks;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.ReportSection;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.TableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a PDF (A4) with the portal's Chinese font embedded, so that it prints and reads the
 * same everywhere; Chinese lines break by {@link ChineseLineBreaks}. Table 四 is printed as three
 * rows (one per kind of case) of the five result columns.
 */
public final class ReportPdf {

    /** The Chinese font the portal embeds in its documents (the reply letters use the same). */
    static final String FONT = "/org/gongkai/request/fonts/NotoSerifSC-Regular.ttf";
    private static volatile byte[] fontBytes;

    private ReportPdf() {
    }

    public static byte[] render(AnnualReportData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(data.title());
            document.addCreator("Gongkai 政府信息公开平台");
            BaseFont base = BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.CACHED, font(), null);
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 14, Font.BOLD);
            Font body = new Font(base, 12);
            Font small = new Font(base, 8);
            document.open();
            Paragraph top = new Paragraph(data.title(), title);
            top.setAlignment(Element.ALIGN_CENTER);
            top.setSpacingAfter(14);
            document.add(top);
            for (ReportSection section : data.sections()) {
                Paragraph h = new Paragraph(section.title(), heading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(6);
                document.add(h);
                if (section.text() != null) {
                    for (String text : section.text().split("\\R")) {
                        if (text.isBlank()) {
                            continue;
                        }
                        Chunk chunk = new Chunk(text.strip(), body);
                        chunk.setSplitCharacter(ChineseLineBreaks.RULES);
                        Paragraph paragraph = new Paragraph(22, chunk);
                        paragraph.setFirstLineIndent(24);
                        document.add(paragraph);
                    }
                }
                if (section.table() != null) {
                    document.add(table(section.table(), small));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(ReportTable table, Font font) {
        List<String> columns = new ArrayList<>(table.columns());
        float[] widths = new float[columns.size() + 1];
        widths[0] = 4f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(6);
        pdf.setHeaderRows(1);
        pdf.addCell(cell("项目", font));
        columns.forEach(column -> pdf.addCell(cell(column, font)));
        for (TableRow row : table.rows()) {
            String label = row.group() != null && !row.group().startsWith("三") && !row.group().startsWith("第")
                    && !row.group().startsWith("行政") ? row.group() + " " + row.label() : row.label();
            pdf.addCell(cell(label, font));
            for (String column : columns) {
                Number value = row.cells().get(column);
                pdf.addCell(cell(value == null ? "—" : ReportHtml.number(value), font));
            }
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(ChineseLineBreaks.RULES);
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        cell.setPadding(3);
        return cell;
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
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
