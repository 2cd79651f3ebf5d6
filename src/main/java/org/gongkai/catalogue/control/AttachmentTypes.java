package org.gongkai.catalogue.control;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a file is, judged by its content (magic numbers), never by its name: PDF, Word, Excel
 * (OOXML and the older OLE formats), PNG, JPEG and GIF. Anything else is refused.
 */
public final class AttachmentTypes {

    private AttachmentTypes() {
    }

    public static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, new byte[]{'P', 'K', 0x03, 0x04})) {
            String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (head.contains("xl/")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            return Optional.empty();
        }
        if (startsWith(bytes, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1})) {
            String head = new String(bytes, StandardCharsets.UTF_16LE);
            if (head.contains("WordDocument")) {
                return Optional.of("application/msword");
            }
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
