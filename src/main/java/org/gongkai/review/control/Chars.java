package org.gongkai.review.control;

/** Character classes shared by the detectors of the pre-scan; ASCII and full-width forms alike. */
final class Chars {

    /**
     * Folds every {@code char} for term matching: ASCII and full-width Latin letters to lower case,
     * full-width ASCII forms (FF01–FF5E) and the ideographic space to their ASCII counterparts.
     */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            FOLD[c] = (char) (c - 0xFF01 + '!');
        }
        FOLD['\u3000'] = ' ';
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = FOLD[c];
            if (f >= 'A' && f <= 'Z') {
                FOLD[c] = (char) (f + ('a' - 'A'));
            }
        }
    }

    private Chars() {
    }

    static char fold(char c) {
        return FOLD[c];
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[s.charAt(i)];
        }
        return new String(out);
    }

    /** ASCII digits and full-width digits (０–９), which Chinese text uses as well. */
    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** @return the value of a digit accepted by {@link #isDigit(char)} */
    static int digit(char c) {
        return c <= '9' ? c - '0' : c - '０';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** Latin letters in ASCII or full-width form: a number glued to one is a code, not personal data. */
    static boolean isLatinLetter(char c) {
        return isAsciiLetter(c) || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B';
    }

    /** Horizontal white space, including the ideographic space and no-break spaces. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u202F';
    }

    static boolean isSpaceOrBreak(char c) {
        return isBlank(c) || isLineBreak(c);
    }

    static boolean startsWith(char[] text, int at, String s) {
        if (at < 0 || at + s.length() > text.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
