package org.gongkai.account.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PasswordPolicyTest {

    @Test
    void refusesShortSimpleAndNamedPasswords() {
        assertNotNull(PasswordPolicy.refusal("wang", "Short-1"), "too short");
        assertNotNull(PasswordPolicy.refusal("wang", "onlylowercaseletters"), "one class");
        assertNotNull(PasswordPolicy.refusal("wang", "lowercase-and-symbols"), "two classes");
        assertNotNull(PasswordPolicy.refusal("wang.bianji", "Wang.Bianji-2026"), "contains the username");
        assertNotNull(PasswordPolicy.refusal("someone", "x".repeat(201)), "too long");
    }

    @Test
    void acceptsThreeClassesAndCountsChineseAsOther() {
        assertNull(PasswordPolicy.refusal("wang", "lower-and-digits-2026"));
        assertNull(PasswordPolicy.refusal("wang", "湘江北去橘子洲头abc123"));
        assertEquals(4, PasswordPolicy.classes("aB3-"));
        assertEquals(1, PasswordPolicy.classes("    abc   "));
    }
}
