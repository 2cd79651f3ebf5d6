package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void chineseUnlessEnglishIsAskedFor() {
        assertEquals("请先登录。", Messages.error("not_signed_in", null));
        assertEquals("请先登录。", Messages.error("not_signed_in", Locale.FRENCH));
        assertEquals("Please sign in first.", Messages.error("not_signed_in", Locale.UK));
    }

    @Test
    void fillsInArgumentsAndFallsBackForUnknownKeys() {
        assertEquals("用户名 officer 已存在。", Messages.error("user_exists", Locale.CHINA, "officer"));
        assertEquals(Messages.error("unexpected", null), Messages.error("no.such.key", null));
    }
}
