package org.gongkai.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongkai.account.boundary.SignInThrottle;
import org.gongkai.platform.api.ErrorBodies;
import org.gongkai.platform.control.DatabaseOutage;
import org.gongkai.platform.web.DatabaseOutageFilter;
import org.gongkai.platform.security.SessionCookies;
import org.gongkai.platform.web.ClientAddresses;


import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Two ways in, one identity store: HTTP Basic on the API (no session, a JSON 401 when missing
 * or wrong) and a login form with a session for the web UI (unauthenticated staff pages redirect
 * to {@code /login}). Jakarta Security 3 allows one mechanism per application, so this one
 * chooses by path.
 * <p>
 * Both ways are throttled by {@link SignInThrottle} (GB/T 22239-2019 8.1.4.1 b): a locked username or
 * address is refused before any password is checked (API: 429 with {@code Retry-After}). A web
 * session keeps only the caller's name: the account's enabled flag and roles are read again on
 * every request (8.1.4.2 访问控制), so a disabled account or a removed role is refused on its next
 * click, on every node.
 */
@ApplicationScoped
public class GongkaiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "gongkai.caller";
    /** Set on the request when a sign-in was refused because of a lock: the seconds until it ends. */
    public static final String LOCKED_SECONDS = "gongkai.signin.lockedSeconds";
    private static final String API_PREFIX = "/api/";

    @Inject
    StaffIdentityStore identityStore;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    SessionCookies sessionCookies;

    @Inject
    ErrorBodies errorBodies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith(API_PREFIX) || path.startsWith("/metrics")) {
                return validateApiRequest(request, response, context);
            }
            return validatePageRequest(request, response, context);
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
            if (credential == null) {
                return unauthorized(request, response, "bad_credentials");
            }
            String address = clientAddresses.of(request);
            OptionalLong locked = throttle.lockedFor(credential.getCaller(), address);
            if (locked.isPresent()) {
                return tooManyAttempts(request, response, locked.getAsLong());
            }
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(credential.getCaller(), address);
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(credential.getCaller(), address);
            return unauthorized(request, response, "bad_credentials");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "not_signed_in");
        }
        return context.doNothing();
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            String address = clientAddresses.of(request);
            OptionalLong locked = throttle.lockedFor(password.getCaller(), address);
            if (locked.isPresent()) {
                request.setAttribute(LOCKED_SECONDS, locked.getAsLong());
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStore.validate(password);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(password.getCaller(), address);
                return AuthenticationStatus.SEND_FAILURE;
            }
            throttle.succeeded(password.getCaller(), address);
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            HttpSession session = request.getSession(true);
            sessionCookies.resend(request, response, session);
            session.setAttribute(SESSION_CALLER, new SessionCaller(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            Optional<Set<String>> roles = identityStore.activeRoles(caller.name());
            if (roles.isPresent()) {
                if (!roles.get().equals(caller.groups())) {
                    session.setAttribute(SESSION_CALLER, new SessionCaller(caller.name(), roles.get()));
                }
                return context.notifyContainerAboutLogin(caller.name(), roles.get());
            }
            // disabled or removed since sign-in: the session ends here
            session.invalidate();
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

    private AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                 long seconds) {
        response.setHeader("Retry-After", Long.toString(seconds));
        try {
            errorBodies.write(response, 429, "sign_in_locked", localeOf(request), (seconds + 59) / 60);
        } catch (IOException e) {
            response.setStatus(429);
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
