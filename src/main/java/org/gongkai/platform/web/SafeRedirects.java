package org.gongkai.platform.web;

/** Keeps redirects inside the portal: no open redirects through {@code next} or {@code back}. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /** The path if it is a local absolute path of this site, else {@code "/"}. */
    public static String localPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return candidate;
    }
}
