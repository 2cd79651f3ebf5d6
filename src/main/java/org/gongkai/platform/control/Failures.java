package org.gongkai.platform.control;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A failure described for the log: each exception of the cause chain with its class and message,
 * so that an operator sees why (a refused connection, a full disk, a lock timeout), not just which
 * class failed. Messages can quote what was being handled, so e-mail addresses and runs of 6 or
 * more digits (mobile, ID and bank card numbers) are masked first: the log is no place for personal
 * information (PIPL Art. 6, data minimisation).
 */
public final class Failures {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d\\s-]{4,}\\d[\\dXx]?");
    private static final int MAX_MESSAGE = 300;
    private static final int MAX_DEPTH = 8;

    private Failures() {
    }

    /** For example {@code MessagingException: Could not connect to SMTP host <- ConnectException: Connection refused}. */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.put(current, Boolean.TRUE) == null; depth++) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(current.getClass().getName());
            String message = current.getMessage();
            if (message != null && !message.isBlank()) {
                out.append(": ").append(masked(message.strip()));
            }
            current = current.getCause();
        }
        return out.toString();
    }

    static String masked(String message) {
        String masked = DIGITS.matcher(EMAIL.matcher(message).replaceAll("***@***")).replaceAll("***");
        masked = masked.replaceAll("\\s+", " ");
        return masked.length() > MAX_MESSAGE ? masked.substring(0, MAX_MESSAGE) + "…" : masked;
    }
}
