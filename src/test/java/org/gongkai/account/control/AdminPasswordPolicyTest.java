package org.gongkai.account.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class AdminPasswordPolicyTest {

    @Test
    void refusesMissingShortAndWellKnownPasswords() {
        assertNotNull(AdminPasswordPolicy.refusal(null));
        assertNotNull(AdminPasswordPolicy.refusal("   "));
        assertNotNull(AdminPasswordPolicy.refusal("gongkai-demo"), "the published demo password");
        assertNotNull(AdminPasswordPolicy.refusal("Password123"), "case does not hide a default");
        assertNotNull(AdminPasswordPolicy.refusal("short-pw"));
    }

    @Test
    void acceptsALongUnknownPassword() {
        assertNull(AdminPasswordPolicy.refusal("湘江-北去-2026-橘子洲"));
    }
}
