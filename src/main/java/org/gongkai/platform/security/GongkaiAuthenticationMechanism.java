package org.gongkai.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongkai.platform.api.ErrorBodies;
import org.gongkai.platform.control.DatabaseOutage;
import org.gongkai.platform.web.DatabaseOutageFilter;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Two ways in, one identity store: HTTP Basic on the API (no session, a JSON 401 when missing
 * or wrong) and a login form with a session for the web UI (unauthenticated staff pages redirect
 * to {@code /login}). Jakarta Security 3 allows one mechanism per application, so this one
 * chooses by path.
 */
@ApplicationScoped
public class GongkaiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "gongkai.caller";
    private static final String API_PREFIX = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ErrorBodies errorBodies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith(API_PREFIX)) {
                return validateApiRequest(request, response, context);
            }
            return validatePageRequest(request, context);
        } catch (RuntimeException failure) {
            // The identity store reads the database; while it is away the caller is told to come back
            // (503 + Retry-After), as DatabaseOutageFilter does for everything behind authentication.
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            DatabaseOutage.failed(System.nanoTime());
            try {
                DatabaseOutageFilter.answer(request, response, errorBodies);
            } catch (IOException e) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
            CredentialValidationResult result = credential == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, "bad_credentials");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "not_signed_in");
        }
        return context.doNothing();
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String code) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
        try {
            errorBodies.write(response, HttpServletResponse.SC_UNAUTHORIZED, code, localeOf(request));
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Locale localeOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? null : request.getLocale();
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
