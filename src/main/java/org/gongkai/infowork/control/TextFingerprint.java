package org.gongkai.infowork.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint by which items that repeat another's text are flagged to the editor: the body
 * without white space, punctuation and symbols, hashed. Two items whose words are the same, however
 * laid out or punctuated, share it.
 */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\p{P}\\p{S}\\u3000]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    public static String of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
