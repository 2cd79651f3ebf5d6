package org.gongkai.catalogue.control;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttachmentTypesTest {

    @Test
    void documentsAndImagesAreKnownByTheirBytes() throws IOException {
        assertEquals(Optional.of("application/pdf"), AttachmentTypes.detect(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                AttachmentTypes.detect(docx()));
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                AttachmentTypes.detect(zip("xl/workbook.xml")));
        assertEquals(Optional.of("image/png"),
                AttachmentTypes.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
        assertEquals(Optional.of("image/jpeg"), AttachmentTypes.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}));
        assertEquals(Optional.of("image/gif"), AttachmentTypes.detect(ascii("GIF89a\u0001\u0000\u0001\u0000")));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() throws IOException {
        assertEquals(Optional.empty(), AttachmentTypes.detect(ascii("关于做好招生工作的通知.pdf")));
        assertEquals(Optional.empty(), AttachmentTypes.detect(ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000")));
        // a zip archive that is neither a Word document nor a workbook
        assertEquals(Optional.empty(), AttachmentTypes.detect(zip("readme.txt")));
        assertEquals(Optional.empty(), AttachmentTypes.detect(new byte[0]));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("示范市教育局");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
