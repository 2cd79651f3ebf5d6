package org.gongkai.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongkai.platform.web.PublicUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the session cookie carry {@code SameSite=Lax} and, behind HTTPS, {@code Secure}: Payara
 * Micro ignores the {@code SameSite} attribute of web.xml's {@code cookie-config}, so when a session
 * is created the container's {@code Set-Cookie} is rewritten before the response is committed
 * (GB/T 22239-2019 8.1.4.2 and OWASP ASVS 3.4.3: session cookies not sent on cross-site requests).
 */
@ApplicationScoped
public class SessionCookies {

    static final String COOKIE = "JSESSIONID";

    @Inject
    PublicUrl publicUrl;

    public void resend(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        if (response.isCommitted() || !session.isNew()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        boolean secure = request.isSecure() || publicUrl.https();
        boolean found = false;
        List<String> rewritten = new ArrayList<>();
        for (String cookie : cookies) {
            if (cookie.startsWith(COOKIE + "=")) {
                found = true;
                rewritten.add(hardened(cookie, secure));
            } else {
                rewritten.add(cookie);
            }
        }
        if (!found) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            rewritten.add(hardened(COOKIE + "=" + session.getId() + "; Path=" + path + "; HttpOnly", secure));
        }
        boolean first = true;
        for (String cookie : rewritten) {
            if (first) {
                response.setHeader("Set-Cookie", cookie);
                first = false;
            } else {
                response.addHeader("Set-Cookie", cookie);
            }
        }
    }

    static String hardened(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(cookie);
        if (!lower.contains("samesite=")) {
            result.append("; SameSite=Lax");
        }
        if (secure && !lower.matches(".*;\\s*secure(;.*|$)")) {
            result.append("; Secure");
        }
        if (!lower.contains("httponly")) {
            result.append("; HttpOnly");
        }
        return result.toString();
    }
}
