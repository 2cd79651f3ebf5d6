package org.gongkai.request.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.gongkai.platform.control.ChineseLineBreaks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A reply letter as PDF (A4), set in Noto Serif SC, which is embedded (as the subset of glyphs the
 * letter uses) so that the letter reads the same on any machine, with or without Chinese fonts.
 */
public final class LetterPdf {

    static final String FONT = "/org/gongkai/request/fonts/NotoSerifSC-Regular.ttf";
    private static volatile byte[] fontBytes;

    private LetterPdf() {
    }

    public static byte[] render(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 90, 80, 80, 80);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.title() + " " + letter.number());
            document.addCreator("Gongkai 政府信息公开平台");
            BaseFont base = baseFont();
            Font heading = new Font(base, 16);
            Font title = new Font(base, 20, Font.BOLD);
            Font body = new Font(base, 13);
            document.open();
            document.add(centred(letter.organ(), heading, 4));
            document.add(centred(letter.title(), title, 6));
            document.add(centred(letter.number(), body, 18));
            Paragraph salutation = new Paragraph(letter.salutation(), body);
            salutation.setSpacingAfter(4);
            document.add(salutation);
            for (String text : letter.paragraphs()) {
                Chunk chunk = new Chunk(text, body);
                chunk.setSplitCharacter(ChineseLineBreaks.RULES);
                Paragraph paragraph = new Paragraph(24, chunk);
                paragraph.setFirstLineIndent(26);
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                paragraph.setSpacingAfter(4);
                document.add(paragraph);
            }
            Paragraph signature = new Paragraph(letter.signature(), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(36);
            document.add(signature);
            Paragraph date = new Paragraph(letter.date(), body);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("reply letter not rendered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Noto Serif SC, embedded as the subset of glyphs a document uses. */
    static BaseFont baseFont() throws IOException {
        return BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                BaseFont.CACHED, font(), null);
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = LetterPdf.class.getResourceAsStream(FONT)) {
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
