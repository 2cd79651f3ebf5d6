package org.gongkai.review.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the plain text of an attachment so that the pre-scan covers attachments as well as the
 * body: PDF (Apache PDFBox), Word 2007+ .docx and Word 97–2003 .doc (Apache POI). The type is told by
 * the bytes, never by the file name, which the uploader chooses. Other types give empty text.
 * Stateless and thread-safe.
 */
public final class AttachmentTextExtractor {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};
    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;

    /** Tells the type of an attachment from its bytes (magic numbers and, for ZIP and OLE2, contents). */
    public static AttachmentType detect(byte[] content) {
        if (content == null || content.length < 8) {
            return AttachmentType.UNKNOWN;
        }
        if (startsWith(content, ZIP)) {
            return holdsWordDocumentXml(content) ? AttachmentType.DOCX : AttachmentType.UNKNOWN;
        }
        if (startsWith(content, OLE2)) {
            return holdsWordDocumentStream(content) ? AttachmentType.DOC : AttachmentType.UNKNOWN;
        }
        return hasPdfHeader(content) ? AttachmentType.PDF : AttachmentType.UNKNOWN;
    }

    /**
     * @return the plain text of a PDF or Word attachment, paragraphs on lines of their own; empty for
     *         any other type
     * @throws AttachmentUnreadableException when a PDF or Word attachment cannot be read
     */
    public String extractText(byte[] content) throws AttachmentUnreadableException {
        AttachmentType type = detect(content);
        try {
            return switch (type) {
                case PDF -> pdfText(content);
                case DOCX -> docxText(content);
                case DOC -> docText(content);
                case UNKNOWN -> "";
            };
        } catch (IOException | RuntimeException e) {
            throw new AttachmentUnreadableException(type, e);
        }
    }

    private static String pdfText(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            return stripper.getText(document);
        }
    }

    private static String docxText(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String docText(byte[] content) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content));
             WordExtractor extractor = new WordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static boolean holdsWordDocumentXml(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean holdsWordDocumentStream(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntryCaseInsensitive("WordDocument");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean hasPdfHeader(byte[] content) {
        int last = Math.min(PDF_HEADER_WINDOW, content.length - PDF_HEADER.length);
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(content, i, i + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
                return true;
            }
        }
        return false;
    }
}
