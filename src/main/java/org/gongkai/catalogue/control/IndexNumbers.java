package org.gongkai.catalogue.control;

/** Index numbers (索引号): {@code {organ code}/{year}-{5-digit serial}} (a decision of the portal: there is no national format). */
public final class IndexNumbers {

    private IndexNumbers() {
    }

    public static String format(String organCode, int year, int serial) {
        if (serial < 1 || serial > 99_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return String.format("%s/%d-%05d", organCode, year, serial);
    }

    public static boolean looksValid(String indexNo) {
        return indexNo != null && indexNo.matches("[0-9A-Za-z]{9,18}/\\d{4}-\\d{5}");
    }
}
