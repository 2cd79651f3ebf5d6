package org.gongkai.request.control;

import org.gongkai.platform.entity.FieldCipher;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks of the identity numbers an application carries (Art. 29 of the OGI Regulations: proof
 * of identity): the resident identity card number (GB 11643-1999, with its ISO 7064 MOD 11-2 check
 * character) and the unified social credit code (GB 32100-2015, with its check character).
 */
public final class Identities {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Identities() {
    }

    /** Upper case, without spaces. */
    public static String normalise(String number) {
        return number == null ? "" : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** An 18-character resident identity card number with a real birth date and a correct check character. */
    public static boolean isIdCardNumber(String number) {
        String n = normalise(number);
        if (!n.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == n.charAt(17);
    }

    /** An 18-character unified social credit code with a correct check character. */
    public static boolean isCreditCode(String code) {
        String c = normalise(code);
        if (c.length() != 18) {
            return false;
        }
        Character check = creditCheck(c.substring(0, 17));
        return check != null && check == c.charAt(17);
    }

    /** The check character for the first 17 characters of a credit code, or null if they are not valid. */
    public static Character creditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_ALPHABET.charAt(check);
    }

    /**
     * The key that counts one applicant's applications: the same person or organisation, however
     * typed. A keyed SM3 hash (HMAC-SM3 under {@code gongkai.crypto.lookup-key}, GB/T 39786-2021), so
     * that whoever holds the database but not the key cannot test ID numbers against it.
     *
     * @param kind the identity document's kind ({@code ID_CARD}, {@code PASSPORT}, {@code OTHER}) or
     *             {@code USCC} for a credit code
     */
    public static String applicantKey(FieldCipher keys, String kind, String number) {
        return keys.lookupKey(kind + ":" + normalise(number));
    }

    /** The key of an applicant's name for the officers' exact-name search: spaces and case do not matter. */
    public static String nameKey(FieldCipher keys, String name) {
        return name == null ? null : keys.lookupKey("NAME:" + name.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }
}
