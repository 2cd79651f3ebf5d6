package org.gongkai.account.control;

import java.util.Locale;

/**
 * 口令复杂度 of GB/T 22239-2019 level 3 (8.1.4.1 a: passwords of sufficient complexity, changed
 * regularly): at least 12 characters, at least three of the four classes (lower case, upper case,
 * digits, other characters such as punctuation or Chinese), not containing the username, not a
 * well-known default. Reuse of the last {@link #HISTORY} passwords is checked by the caller against
 * the stored history.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 200;
    public static final int HISTORY = 5;

    private PasswordPolicy() {
    }

    /** @return why the password is refused (Chinese, for the form field), or {@code null} when acceptable */
    public static String refusal(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH) {
            return "密码须为 " + MINIMUM_LENGTH + " 至 " + MAXIMUM_LENGTH + " 位";
        }
        if (classes(password) < 3) {
            return "密码须包含小写字母、大写字母、数字、其他字符中的至少三类";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "密码不能包含用户名";
        }
        if (AdminPasswordPolicy.isWellKnown(password)) {
            return "不能使用公开的默认密码";
        }
        return null;
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 && Character.isLowerCase(c)) {
                lower = true;
            } else if (c < 128 && Character.isUpperCase(c)) {
                upper = true;
            } else if (c < 128 && Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
