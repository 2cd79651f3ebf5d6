package org.gongkai.request.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes and passcodes. Both use an alphabet without look-alikes (no 0/O, 1/I), so that
 * they survive being read out on the phone or copied from paper.
 * <p>
 * Decision: the passcode has 12 random characters (60 bits). Because it is random and long, a
 * salted SHA-256 is enough to keep it from being read off a stolen database (as for API tokens);
 * a slow password hash would cost every filing and every look-up several milliseconds of CPU.
 */
public final class Secrets {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PASSCODE_LENGTH = 12;

    private Secrets() {
    }

    /** e.g. {@code 2026-7KQ2M9XD}: the year of filing and 8 random characters. */
    public static String trackingCode(int year) {
        return year + "-" + random(8);
    }

    /** e.g. {@code K7M3-QX9A-2BCD}, as shown to the applicant once. */
    public static String passcode() {
        String raw = random(PASSCODE_LENGTH);
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
    }

    /** The passcode as typed, without separators and case: {@code k7m3 qx9a-2bcd} is fine. */
    public static String normalise(String passcode) {
        return passcode == null ? "" : passcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String salt, String passcode) {
        return sha256(salt + ":" + normalise(passcode));
    }

    /** Compares in constant time. */
    public static boolean matches(String salt, String expectedHash, String passcode) {
        if (passcode == null || salt == null || expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                hash(salt, passcode).getBytes(StandardCharsets.US_ASCII));
    }

    /** A tracking code as typed: upper case, trimmed; null when it cannot be one. */
    public static String normaliseTrackingCode(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.strip().toUpperCase(Locale.ROOT);
        return trimmed.matches("\\d{4}-[" + ALPHABET + "]{8}") ? trimmed : null;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
