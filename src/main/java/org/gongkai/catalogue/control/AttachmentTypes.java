package org.gongkai.catalogue.control;

import org.gongkai.review.control.AttachmentTextExtractor;
import org.gongkai.review.control.AttachmentType;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a file is, judged by its content (magic numbers), never by its name: PDF, Word, Excel
 * (OOXML and the older OLE formats), PNG, JPEG and GIF. Anything else is refused. PDF and Word are
 * recognised by the confidentiality pre-scan's own detection, so every PDF or Word file accepted
 * here is one whose text the scan reads.
 */
public final class AttachmentTypes {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private AttachmentTypes() {
    }

    public static Optional<String> detect(byte[] bytes) {
        AttachmentType readable = AttachmentTextExtractor.detect(bytes);
        if (readable != AttachmentType.UNKNOWN) {
            return Optional.of(readable.mediaType());
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, ZIP)) {
            String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            return head.contains("xl/")
                    ? Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    : Optional.empty();
        }
        if (startsWith(bytes, OLE2)) {
            String head = new String(bytes, StandardCharsets.UTF_16LE);
            if (head.contains("Workbook") || head.contains("Book")) {
                return Optional.of("application/vnd.ms-excel");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
