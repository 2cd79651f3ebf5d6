package org.gongkai.infowork.control;

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
import com.lowagie.text.pdf.draw.LineSeparator;
import org.gongkai.platform.control.ChineseLineBreaks;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The PDF pages of the information work, laid out as a government bulletin is (GB/T 9704 in spirit):
 * a red masthead (红头) with the publication's name, 第N期, the issuing office and the date over a red
 * rule, the items with their units, and the 报送/抄送 footer between black rules; in the reply
 * letters' embedded Chinese font.
 */
public final class InfoPdf {

    static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final String FONT = "/org/gongkai/request/fonts/NotoSerifSC-Regular.ttf";
    private static volatile byte[] fontBytes;

    /** A section of a document: a heading and its paragraphs, or a table. */
    public record Section(String heading, List<String> paragraphs, List<List<String>> table, float[] widths) {
        public static Section text(String heading, List<String> paragraphs) {
            return new Section(heading, paragraphs, null, null);
        }

        public static Section table(String heading, float[] widths, List<List<String>> rows) {
            return new Section(heading, List.of(), rows, widths);
        }
    }

    /** A bulletin: masthead, number line, sections and footer lines. */
    public record Bulletin(String masthead, String number, String office, String date, String title,
                           List<Section> sections, List<String> footer) {
    }

    private InfoPdf() {
    }

    public static byte[] render(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 75, 70, 70, 70);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(bulletin.masthead() + " " + bulletin.number());
            document.addCreator("Gongkai 政府信息公开平台");
            BaseFont base = baseFont();
            Font masthead = new Font(base, 30, Font.BOLD, RED);
            Font number = new Font(base, 14);
            Font heading = new Font(base, 16, Font.BOLD);
            Font body = new Font(base, 12);
            Font small = new Font(base, 10);
            document.open();
            Paragraph head = new Paragraph(bulletin.masthead(), masthead);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(10);
            document.add(head);
            Paragraph numberLine = new Paragraph(bulletin.number(), number);
            numberLine.setAlignment(Element.ALIGN_CENTER);
            document.add(numberLine);
            PdfPTable issuer = new PdfPTable(2);
            issuer.setWidthPercentage(100);
            issuer.setSpacingBefore(6);
            issuer.addCell(plain(bulletin.office(), number, Element.ALIGN_LEFT));
            issuer.addCell(plain(bulletin.date(), number, Element.ALIGN_RIGHT));
            document.add(issuer);
            document.add(new Chunk(new LineSeparator(2f, 100, RED, Element.ALIGN_CENTER, -4)));
            if (bulletin.title() != null) {
                Paragraph title = new Paragraph(bulletin.title(), heading);
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingBefore(16);
                document.add(title);
            }
            for (Section section : bulletin.sections()) {
                if (section.heading() != null) {
                    Paragraph title = new Paragraph(section.heading(), heading);
                    title.setSpacingBefore(16);
                    title.setSpacingAfter(6);
                    document.add(title);
                }
                for (String text : section.paragraphs()) {
                    Chunk chunk = new Chunk(text, body);
                    chunk.setSplitCharacter(ChineseLineBreaks.RULES);
                    Paragraph paragraph = new Paragraph(22, chunk);
                    paragraph.setFirstLineIndent(24);
                    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                    document.add(paragraph);
                }
                if (section.table() != null && !section.table().isEmpty()) {
                    PdfPTable table = new PdfPTable(section.widths());
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    boolean first = true;
                    for (List<String> row : section.table()) {
                        for (String cell : row) {
                            Chunk chunk = new Chunk(cell == null ? "" : cell, first ? new Font(base, 10, Font.BOLD) : small);
                            chunk.setSplitCharacter(ChineseLineBreaks.RULES);
                            PdfPCell pdfCell = new PdfPCell(new Paragraph(chunk));
                            pdfCell.setPadding(3);
                            table.addCell(pdfCell);
                        }
                        first = false;
                    }
                    document.add(table);
                }
            }
            if (!bulletin.footer().isEmpty()) {
                Paragraph gap = new Paragraph(" ", body);
                gap.setSpacingBefore(20);
                document.add(gap);
                document.add(new Chunk(new LineSeparator(0.8f, 100, Color.BLACK, Element.ALIGN_CENTER, -4)));
                for (String line : bulletin.footer()) {
                    Paragraph paragraph = new Paragraph(20, line, small);
                    document.add(paragraph);
                }
                document.add(new Chunk(new LineSeparator(0.8f, 100, Color.BLACK, Element.ALIGN_CENTER, -4)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("bulletin not rendered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setBorder(0);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    static BaseFont baseFont() throws IOException {
        return BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                BaseFont.CACHED, font(), null);
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = InfoPdf.class.getResourceAsStream(FONT)) {
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
