package org.gongkai.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionCookiesTest {

    @Test
    void addsSameSiteAndSecureOnlyWhenMissing() {
        assertEquals("JSESSIONID=a; Path=/; HttpOnly; SameSite=Lax",
                SessionCookies.hardened("JSESSIONID=a; Path=/; HttpOnly", false));
        assertEquals("JSESSIONID=a; Path=/; HttpOnly; SameSite=Lax; Secure",
                SessionCookies.hardened("JSESSIONID=a; Path=/; HttpOnly", true));
        assertEquals("JSESSIONID=a; Path=/; Secure; SameSite=Strict; HttpOnly",
                SessionCookies.hardened("JSESSIONID=a; Path=/; Secure; SameSite=Strict", true));
    }
}
