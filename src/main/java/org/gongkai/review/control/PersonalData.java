package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.util.List;

/**
 * Finds personal information that published text must not leak (PIPL Art. 25, 55; OGI Regulations
 * Art. 15): resident identity numbers, mainland mobile numbers, bank card numbers and e-mail
 * addresses, each with a masking suggestion.
 *
 * <p>One linear pass, no regular expressions: e-mail addresses are found from their {@code @}, numbers
 * from maximal runs of digits (ASCII or full-width). A run of digits is judged as a whole, so a
 * number inside a longer run of digits is never reported, nor one glued to a Latin letter (part of a
 * code such as a 统一社会信用代码) or to a decimal point. Groups of digits joined by one space or hyphen
 * form a chain, which is read as a separated mobile number (138-1234-5678, 138 1234 5678, +86 138 1234
 * 5678) or a card number in groups of four when the whole rest of the chain fits, and otherwise group
 * by group.
 */
final class PersonalData {

    /** Province-level codes that begin a resident identity number (GB/T 2260), with 81–83 for permits. */
    private static final boolean[] PROVINCE = new boolean[100];

    static {
        for (int code : new int[] {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}) {
            PROVINCE[code] = true;
        }
    }

    /** Weights of the 17 digits of an identity number, 2^(17-i) mod 11 (GB 11643, ISO 7064 MOD 11-2). */
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private static final int MAX_GROUPS = 8;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 253;

    private PersonalData() {
    }

    // ---------------------------------------------------------------- e-mail addresses

    /** Adds the e-mail addresses in {@code text} to {@code out}, ordered by start. */
    static void findEmails(char[] text, List<Finding> out) {
        int floor = 0;
        for (int at = 0; at < text.length; at++) {
            char c = text[at];
            if (c != '@' && c != '＠') {
                continue;
            }
            int start = at;
            while (start > floor && isLocalChar(text[start - 1]) && at - start < MAX_LOCAL_PART) {
                start--;
            }
            if (start > floor && isLocalChar(text[start - 1])) {
                continue; // longer than any local part may be
            }
            while (start < at && (text[start] == '.' || text[start] == '-')) {
                start++;
            }
            if (start == at || text[at - 1] == '.') {
                continue;
            }
            int end = domainEnd(text, at + 1);
            if (end < 0) {
                continue;
            }
            String address = new String(text, start, end - start);
            out.add(new Finding(FindingKind.EMAIL, address, start, end, maskEmail(address, at - start)));
            floor = end;
            at = end - 1;
        }
    }

    private static boolean isLocalChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
    }

    /** @return the end of the domain that starts at {@code from}, or -1 when there is none */
    private static int domainEnd(char[] text, int from) {
        int k = from;
        int labels = 0;
        int end = -1;
        while (k - from <= MAX_DOMAIN) {
            int labelStart = k;
            boolean letters = true;
            while (k < text.length && (Chars.isAsciiAlnum(text[k]) || text[k] == '-')) {
                letters &= Chars.isAsciiLetter(text[k]);
                k++;
            }
            if (k == labelStart || text[labelStart] == '-' || text[k - 1] == '-') {
                break;
            }
            labels++;
            if (labels >= 2 && letters && k - labelStart >= 2) {
                end = k;
            }
            if (k + 1 < text.length && text[k] == '.' && Chars.isAsciiAlnum(text[k + 1])) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Adds the identity, mobile and bank card numbers in {@code text} to {@code out}, ordered by start,
     * leaving out digits inside the given e-mail addresses (ordered by start).
     */
    static void findNumbers(char[] text, List<Finding> emails, List<Finding> out) {
        int[] groupStart = new int[MAX_GROUPS];
        int[] groupEnd = new int[MAX_GROUPS];
        int email = 0;
        int n = text.length;
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(text[i])) {
                i++;
                continue;
            }
            // A chain: runs of digits joined by single separators.
            int groups = 0;
            int k = i;
            while (true) {
                int s = k;
                while (k < n && Chars.isDigit(text[k])) {
                    k++;
                }
                if (k - s == 17 && k < n && isCheckX(text[k])) {
                    k++; // the check character X of an identity number ends the chain
                    groupStart[groups] = s;
                    groupEnd[groups++] = k;
                    break;
                }
                groupStart[groups] = s;
                groupEnd[groups++] = k;
                if (groups == MAX_GROUPS || k + 1 >= n || !isSeparator(text[k]) || !Chars.isDigit(text[k + 1])) {
                    break;
                }
                k++;
            }
            int chainEnd = groupEnd[groups - 1];
            while (email < emails.size() && emails.get(email).end() <= i) {
                email++;
            }
            if (email < emails.size() && emails.get(email).start() <= i) {
                i = Math.max(chainEnd, emails.get(email).end());
                continue;
            }
            if (email < emails.size() && emails.get(email).start() < chainEnd) {
                // The chain runs into an e-mail address: its digits there belong to the address.
                int addressStart = emails.get(email).start();
                while (groups > 0 && groupEnd[groups - 1] > addressStart) {
                    groups--;
                }
                if (groups == 0) {
                    i = chainEnd;
                    continue;
                }
            }
            boolean openLeft = isOpenBefore(text, i);
            boolean openRight = isOpenAfter(text, groupEnd[groups - 1]);
            for (int g = 0; g < groups; g++) {
                boolean left = g > 0 || openLeft;
                if (left && openRight && groups - g >= 2
                        && matchSeparated(text, groupStart, groupEnd, g, groups, out)) {
                    break;
                }
                if (left && (g < groups - 1 || openRight)) {
                    matchRun(text, groupStart[g], groupEnd[g], g == 0, out);
                }
            }
            i = chainEnd;
        }
    }

    private static boolean isCheckX(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c == '－';
    }

    /** A number may start here unless glued to a Latin letter or a decimal point. */
    private static boolean isOpenBefore(char[] text, int start) {
        if (start == 0) {
            return true;
        }
        char p = text[start - 1];
        if (Chars.isLatinLetter(p)) {
            return false;
        }
        return !((p == '.' || p == '．') && start >= 2 && Chars.isDigit(text[start - 2]));
    }

    private static boolean isOpenAfter(char[] text, int end) {
        if (end == text.length) {
            return true;
        }
        char c = text[end];
        if (Chars.isLatinLetter(c)) {
            return false;
        }
        return !((c == '.' || c == '．') && end + 1 < text.length && Chars.isDigit(text[end + 1]));
    }

    /**
     * Reads groups {@code from} to the end of the chain as one separated number.
     *
     * @return whether they were one (and the finding added)
     */
    private static boolean matchSeparated(char[] text, int[] gs, int[] ge, int from, int groups, List<Finding> out) {
        int count = groups - from;
        int[] len = new int[count];
        int digits = 0;
        for (int g = 0; g < count; g++) {
            len[g] = ge[from + g] - gs[from + g];
            digits += len[g];
        }
        if (len[count - 1] > 0 && isCheckX(text[ge[groups - 1] - 1])) {
            return false;
        }
        int start = gs[from];
        int end = ge[groups - 1];
        // Mobile 138-1234-5678 / 138 1234 5678, optionally after 86 or +86.
        int first = from;
        if (count >= 2 && len[0] == 2 && digitAt(text, gs[from]) == 8
                && digitAt(text, gs[from] + 1) == 6) {
            first = from + 1;
            if (from == 0 && start > 0 && (text[start - 1] == '+' || text[start - 1] == '＋')) {
                start--;
            }
        }
        int rest = groups - first;
        boolean mobile = false;
        if (rest == 3 && ge[first] - gs[first] == 3 && ge[first + 1] - gs[first + 1] == 4
                && ge[first + 2] - gs[first + 2] == 4 && text[ge[first]] == text[ge[first + 1]]) {
            mobile = isMobileStart(text, gs[first]);
        } else if (rest == 1 && first > from && ge[first] - gs[first] == 11) {
            mobile = isMobileStart(text, gs[first]);
        }
        if (mobile) {
            String number = new String(text, start, end - start);
            out.add(new Finding(FindingKind.PHONE, number, start, end, maskMobile(number)));
            return true;
        }
        // Card number in groups of four: 6222 0212 3456 7890 123.
        if (first == from && count >= 4 && digits >= 16 && digits <= 19 && len[count - 1] <= 4) {
            for (int g = 0; g < count - 1; g++) {
                if (len[g] != 4 || text[ge[from + g]] != text[ge[from]]) {
                    return false;
                }
            }
            if (luhn(text, start, end)) {
                String number = new String(text, start, end - start);
                out.add(new Finding(FindingKind.BANK_CARD, number, start, end, keepLastDigits(number, 4)));
                return true;
            }
        }
        return false;
    }

    /** Judges one run of digits (perhaps ending in the check X) that stands apart from other digits. */
    private static void matchRun(char[] text, int start, int end, boolean chainStart, List<Finding> out) {
        int length = end - start;
        if (length == 18 && isIdNumber(text, start)) {
            String number = new String(text, start, length);
            out.add(new Finding(FindingKind.ID_NUMBER, number, start, end, maskIdNumber(number)));
            return;
        }
        if (!Chars.isDigit(text[end - 1])) {
            return;
        }
        if (length == 11 && isMobileStart(text, start)) {
            String number = new String(text, start, length);
            out.add(new Finding(FindingKind.PHONE, number, start, end, maskMobile(number)));
            return;
        }
        if (length == 13 && digitAt(text, start) == 8 && digitAt(text, start + 1) == 6
                && isMobileStart(text, start + 2)) {
            boolean plus = chainStart && start > 0 && (text[start - 1] == '+' || text[start - 1] == '＋');
            int s = plus ? start - 1 : start;
            String number = new String(text, s, end - s);
            out.add(new Finding(FindingKind.PHONE, number, s, end, maskMobile(number)));
            return;
        }
        if (length >= 16 && length <= 19 && text[start] != '0' && text[start] != '０' && luhn(text, start, end)) {
            String number = new String(text, start, length);
            out.add(new Finding(FindingKind.BANK_CARD, number, start, end, keepLastDigits(number, 4)));
        }
    }

    private static int digitAt(char[] text, int at) {
        return Chars.digit(text[at]);
    }

    /** Mainland mobile numbers have 11 digits and begin with 13 to 19. */
    private static boolean isMobileStart(char[] text, int start) {
        return digitAt(text, start) == 1 && digitAt(text, start + 1) >= 3;
    }

    /**
     * An 18-character resident identity number (GB 11643): a known province code, a real birth date
     * between 1900 and 2099 and the ISO 7064 MOD 11-2 check character.
     */
    static boolean isIdNumber(char[] text, int start) {
        if (start + 18 > text.length) {
            return false;
        }
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            char c = text[start + k];
            if (!Chars.isDigit(c)) {
                return false;
            }
            sum += Chars.digit(c) * ID_WEIGHTS[k];
        }
        char check = text[start + 17];
        char expected = ID_CHECK[sum % 11];
        boolean checkOk = expected == 'X' ? isCheckX(check)
                : Chars.isDigit(check) && Chars.digit(check) == expected - '0';
        if (!checkOk || !PROVINCE[number(text, start, 2)]) {
            return false;
        }
        int year = number(text, start + 6, 4);
        int month = number(text, start + 10, 2);
        int day = number(text, start + 12, 2);
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1
                && day <= daysInMonth(year, month);
    }

    private static int number(char[] text, int start, int digits) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            v = v * 10 + Chars.digit(text[start + k]);
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The Luhn check over the digits between {@code start} and {@code end}, separators skipped. */
    static boolean luhn(char[] text, int start, int end) {
        int sum = 0;
        boolean doubled = false;
        for (int k = end - 1; k >= start; k--) {
            if (!Chars.isDigit(text[k])) {
                continue;
            }
            int d = Chars.digit(text[k]);
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    // ---------------------------------------------------------------- masking suggestions

    /** 13812345678 → 138****5678; separators and a +86 prefix stay as they are. */
    static String maskMobile(String number) {
        int digits = countDigits(number);
        int first = digits - 11 + 3;
        return maskDigits(number, first, first + 4);
    }

    /** Keeps the first 2 and the last 3 characters: 43**************23X, same length. */
    static String maskIdNumber(String number) {
        return number.substring(0, 2) + "*".repeat(number.length() - 5) + number.substring(number.length() - 3);
    }

    /** Masks every digit but the last {@code keep}; separators stay. */
    static String keepLastDigits(String number, int keep) {
        return maskDigits(number, 0, countDigits(number) - keep);
    }

    /** zhangsan@example.cn → z***@example.cn */
    static String maskEmail(String address, int at) {
        return address.charAt(0) + "***" + address.substring(at);
    }

    private static int countDigits(String s) {
        int count = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Chars.isDigit(s.charAt(k))) {
                count++;
            }
        }
        return count;
    }

    /** Replaces the digits whose ordinal among the digits of {@code s} is in [from, to) by '*'. */
    private static String maskDigits(String s, int from, int to) {
        char[] out = s.toCharArray();
        int ordinal = 0;
        for (int k = 0; k < out.length; k++) {
            if (Chars.isDigit(out[k])) {
                if (ordinal >= from && ordinal < to) {
                    out[k] = '*';
                }
                ordinal++;
            }
        }
        return new String(out);
    }
}
