package org.gongkai.review.control;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.review.entity.Finding;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.gongkai.review.control.ScanAssertions.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentTextExtractorTest {

    private final AttachmentTextExtractor extractor = new AttachmentTextExtractor();
    private final ContentScanner scanner = new ContentScanner(List.of("非法集资"));

    @Test
    void pdfWithAsciiPersonalData() throws Exception {
        byte[] pdf = asciiPdf("Applicant: Li Xiuying", "ID number 430102199003071234",
                "Mobile +86 139 0731 8888, e-mail lixy@example.cn", "Office 0731-88888888");
        assertEquals(AttachmentType.PDF, AttachmentTextExtractor.detect(pdf));
        String text = extractor.extractText(pdf);
        assertEquals(List.of("ID_NUMBER:430102199003071234", "PHONE:+86 139 0731 8888", "EMAIL:lixy@example.cn"),
                described(scanner.scan(text)));
    }

    /**
     * Chinese text in a PDF the way many Chinese PDF writers make it: the standard font STSong-Light,
     * not embedded, with the predefined UniGB-UCS2-H encoding, so that no CJK font file is needed.
     */
    @Test
    void pdfWithChineseText() throws Exception {
        byte[] pdf = chinesePdf("机密★1年", "关于非法集资案件的情况通报", "联系人手机：13907318888");
        String text = extractor.extractText(pdf);
        assertTrue(text.contains("关于非法集资案件的情况通报"), text);
        assertEquals(List.of("CLASSIFICATION_MARK:机密★1年", "SENSITIVE_TERM:非法集资", "PHONE:13907318888"),
                described(scanner.scan(text)));
    }

    @Test
    void docxWithChineseTextTablesAndHeader() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeader header = document.createHeaderFooterPolicy().createHeader(XWPFHeaderFooterPolicy.DEFAULT);
            header.createParagraph().createRun().setText("内部资料 注意保存");
            document.createParagraph().createRun().setText("关于2025年度困难群众临时救助情况的公示");
            document.createParagraph().createRun().setText("　　经审核，现将救助对象公示如下（湘民发〔2025〕6号）：");
            XWPFTable table = document.createTable(2, 3);
            table.getRow(0).getCell(0).setText("姓名");
            table.getRow(0).getCell(1).setText("身份证号码");
            table.getRow(0).getCell(2).setText("银行账号");
            table.getRow(1).getCell(0).setText("李秀英");
            table.getRow(1).getCell(1).setText("430102199003071234");
            table.getRow(1).getCell(2).setText("6228480012345671");
            document.createParagraph().createRun().setText("联系电话：138-0731-2345，邮箱minzheng@example.cn。");
            document.write(out);
            docx = out.toByteArray();
        }
        assertEquals(AttachmentType.DOCX, AttachmentTextExtractor.detect(docx));
        String text = extractor.extractText(docx);
        assertTrue(text.contains("关于2025年度困难群众临时救助情况的公示"), text);
        List<Finding> found = scanner.scan(text);
        assertEquals(List.of("CLASSIFICATION_MARK:内部资料 注意保存", "ID_NUMBER:430102199003071234",
                "BANK_CARD:6228480012345671", "PHONE:138-0731-2345", "EMAIL:minzheng@example.cn"), described(found));
    }

    @Test
    void theTypeIsToldByTheBytesAndOtherTypesGiveNoText() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] plain = "联系电话：13907318888".getBytes(StandardCharsets.UTF_8);
        byte[] otherZip = zip("mimetype", "application/vnd.oasis.opendocument.text");
        byte[] otherOle2 = ole2("Workbook");
        for (byte[] content : List.of(png, plain, otherZip, otherOle2, new byte[0])) {
            assertEquals(AttachmentType.UNKNOWN, AttachmentTextExtractor.detect(content));
            assertEquals("", extractor.extractText(content));
        }
        assertEquals(AttachmentType.UNKNOWN, AttachmentTextExtractor.detect(null));
        assertEquals(AttachmentType.DOC, AttachmentTextExtractor.detect(ole2("WordDocument")));
        byte[] leadingJunk = asciiPdf("13907318888");
        byte[] shifted = new byte[leadingJunk.length + 100];
        System.arraycopy(leadingJunk, 0, shifted, 100, leadingJunk.length);
        assertEquals(AttachmentType.PDF, AttachmentTextExtractor.detect(shifted));
    }

    @Test
    void damagedFilesOfAKnownTypeAreReportedUnreadable() throws Exception {
        byte[] notReallyPdf = Arrays.copyOf("%PDF-1.7\n%garbage".getBytes(StandardCharsets.US_ASCII), 40);
        assertEquals(AttachmentType.PDF, assertThrows(AttachmentUnreadableException.class,
                () -> extractor.extractText(notReallyPdf)).type());
        byte[] fakeDocx = zip("word/document.xml", "<not-word/>");
        assertEquals(AttachmentType.DOCX, assertThrows(AttachmentUnreadableException.class,
                () -> extractor.extractText(fakeDocx)).type());
        assertEquals(AttachmentType.DOC, assertThrows(AttachmentUnreadableException.class,
                () -> extractor.extractText(ole2("WordDocument"))).type());
    }

    private static byte[] asciiPdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] chinesePdf(String... lines) throws IOException {
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("GB1"));
        systemInfo.setItem(COSName.SUPPLEMENT, COSInteger.get(4));
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);

        StringBuilder operators = new StringBuilder("BT /F1 14 Tf 16 TL 72 720 Td\n");
        for (String line : lines) {
            operators.append('<');
            for (byte b : line.getBytes(StandardCharsets.UTF_16BE)) {
                operators.append(String.format("%02X", b));
            }
            operators.append("> Tj T*\n");
        }
        operators.append("ET\n");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            page.setContents(new PDStream(document,
                    new ByteArrayInputStream(operators.toString().getBytes(StandardCharsets.US_ASCII))));
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] ole2(String streamName) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
