package org.gongkai.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The anti-forgery token of the sign-out form (OWASP ASVS 4.2.2; GB/T 22239-2019 8.1.4.2): a random
 * value kept in the staff session and sent back as a hidden field, so that another site cannot sign
 * a person out. {@code #{logoutToken.value}} in the staff template.
 */
@Named
@RequestScoped
public class LogoutToken {

    static final String ATTRIBUTE = "gongkai.logoutToken";
    static final String FIELD = "token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** The session's token, created on first use; empty without a session. */
    public String getValue() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Whether the submitted token is the session's (compared in constant time). */
    static boolean matches(HttpSession session, String submitted) {
        if (session == null || submitted == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
