package org.gongkai.consult.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Query codes and passcodes of the desk, as for requests: an alphabet without look-alikes, a
 * 12-character random passcode (60 bits) shown once and kept only as a salted SHA-256 (random and
 * long, so a slow hash would add cost without adding safety).
 */
public final class QueryCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    /** e.g. {@code ZX2026-7KQ2M9XD}: 咨询 (ZX), the year, 8 random characters. */
    public static String queryCode(int year) {
        return "ZX" + year + "-" + random(8);
    }

    /** A query code as typed, upper case and trimmed; null when it cannot be one. */
    public static String normaliseCode(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.strip().toUpperCase(Locale.ROOT);
        return trimmed.matches("ZX\\d{4}-[" + ALPHABET + "]{8}") ? trimmed : null;
    }

    /** e.g. {@code K7M3-QX9A-2BCD}. */
    public static String passcode() {
        String raw = random(12);
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
    }

    public static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String salt, String passcode) {
        String normal = passcode == null ? "" : passcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + normal).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time. */
    public static boolean matches(String salt, String expectedHash, String passcode) {
        if (passcode == null || salt == null || expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                hash(salt, passcode).getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
