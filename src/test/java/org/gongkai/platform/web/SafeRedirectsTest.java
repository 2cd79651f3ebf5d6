package org.gongkai.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeRedirectsTest {

    @Test
    void keepsLocalPaths() {
        assertEquals("/staff/", SafeRedirects.localPath("/staff/"));
        assertEquals("/catalogue?q=教育", SafeRedirects.localPath("/catalogue?q=教育"));
    }

    @Test
    void sendsEverythingElseHome() {
        assertEquals("/", SafeRedirects.localPath(null));
        assertEquals("/", SafeRedirects.localPath("https://evil.example/"));
        assertEquals("/", SafeRedirects.localPath("//evil.example/"));
        assertEquals("/", SafeRedirects.localPath("/\\evil.example"));
        assertEquals("/", SafeRedirects.localPath("/staff/\r\nSet-Cookie: x=y"));
    }
}
