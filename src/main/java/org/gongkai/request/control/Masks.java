package org.gongkai.request.control;

/**
 * Personal data as the applicant's own view shows it (PIPL Art. 25, 55): enough to
 * recognise one's own data, not enough to learn it. Phone {@code 138****8000}; identity numbers
 * keep the first 2 and last 3 characters.
 */
public final class Masks {

    private Masks() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int[] points = name.strip().codePoints().toArray();
        if (points.length == 1) {
            return "*";
        }
        return new String(points, 0, 1) + "*".repeat(Math.min(points.length - 1, 6));
    }

    public static String idNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.strip();
        if (n.length() <= 5) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 2) + "*".repeat(n.length() - 5) + n.substring(n.length() - 3);
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.strip();
        if (digits.matches("1\\d{10}")) {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        int[] points = address.strip().codePoints().toArray();
        int keep = Math.min(6, points.length / 2);
        return new String(points, 0, keep) + "****";
    }
}
