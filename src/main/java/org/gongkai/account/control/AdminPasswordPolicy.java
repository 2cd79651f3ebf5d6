package org.gongkai.account.control;

import java.util.Locale;
import java.util.Set;

/**
 * Outside demo mode the portal refuses to start unless configuration supplies an administrator
 * password that is long enough and not one of the passwords everybody knows.
 */
public final class AdminPasswordPolicy {

    public static final int MINIMUM_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

    private static final Set<String> KNOWN_DEFAULTS = Set.of(
            "gongkai-demo", "admin", "administrator", "password", "changeme", "change-me",
            "123456", "12345678", "1234567890", "admin123", "admin12345", "password123",
            "qwerty", "gongkai", "root", "secret");

    private AdminPasswordPolicy() {
    }

    /** Whether the password is one that everybody knows (case does not matter). */
    public static boolean isWellKnown(String password) {
        return password != null && KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** @return why the password is refused, or {@code null} when it is acceptable */
    public static String refusal(String password) {
        if (password == null || password.isBlank()) {
            return "gongkai.admin.password (GONGKAI_ADMIN_PASSWORD) must be set outside demo mode / "
                    + "非演示模式下必须配置管理员密码";
        }
        if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
            return "gongkai.admin.password is a well-known default password; choose another / "
                    + "管理员密码为公开的默认密码，请更换";
        }
        if (password.length() < MINIMUM_LENGTH) {
            return "gongkai.admin.password must have at least " + MINIMUM_LENGTH + " characters / "
                    + "管理员密码至少 " + MINIMUM_LENGTH + " 位";
        }
        return null;
    }
}
