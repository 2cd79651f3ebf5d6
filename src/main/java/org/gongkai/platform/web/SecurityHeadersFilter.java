package org.gongkai.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongkai.platform.security.SessionCookies;

import java.io.IOException;

/**
 * The response headers every answer carries (GB/T 22239-2019 8.1.4.4/8.1.4.5 and OWASP ASVS 14.4):
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin},
 * {@code X-Frame-Options: DENY}; a Content-Security-Policy of {@code default-src 'none'} for the
 * answers that are not Faces pages (the Faces pages get theirs, with a nonce per response, from
 * PrimeFaces: {@code primefaces.CSP} in web.xml); {@code Cache-Control: no-store} on staff pages,
 * the staff API, the sign-in page and the applicant's answers, which carry personal data
 * (个人信息保护法 Art. 51: security measures for personal information). Sessions created while
 * answering get a {@code SameSite} session cookie ({@link SessionCookies}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    transient SessionCookies sessionCookies;

    @Inject
    transient java.time.Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // before anything reads a parameter (PrimeFaces' CSP check does, ahead of Faces)
            request.setCharacterEncoding("UTF-8");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            // the container's error page reset the headers of the failed answer
            Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            if (original instanceof String uri) {
                path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
            }
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isFacesPage(path)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (isPrivate(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        try {
            chain.doFilter(new HardenedSessions(request, response, sessionCookies, clock), response);
        } catch (ServletException | RuntimeException failure) {
            // refusals that escape Faces (a forged post without its CSP nonce, a role check):
            // their error page, with no stack trace in the answer or the log
            int status = RefusalExceptionHandler.statusOf(failure);
            if (status == 0 || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            response.sendError(status);
        }
    }

    /** Answers rendered by Faces, whose CSP PrimeFaces writes with its nonce. */
    static boolean isFacesPage(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/feeds/") || path.startsWith("/open-data/")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/logout") || path.equals("/language") || path.startsWith("/health")
                || path.startsWith("/openapi"));
    }

    /** Answers that show a person's data or staff work: never kept by browsers or proxies. */
    static boolean isPrivate(String path) {
        return path.startsWith("/staff") || path.startsWith("/api/v1/staff") || path.startsWith("/api/v1/requests")
                || path.startsWith("/login") || path.startsWith("/track") || path.startsWith("/apply")
                || path.startsWith("/messages") || path.equals("/logout");
    }

    /**
     * An anonymous GET of a page without forms needs no session: only sign-in, the request form,
     * tracking, the deadline calculator, the Q&A desk and the staff pages post forms back.
     */
    static boolean needsNoSession(HttpServletRequest request) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getUserPrincipal() != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/login") || path.startsWith("/apply") || path.startsWith("/track")
                || path.startsWith("/calendar") || path.startsWith("/messages") || path.startsWith("/staff")
                || path.startsWith("/logout"));
    }

    /** The request as the application sees it: a session it creates gets the hardened cookie. */
    private static final class HardenedSessions extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private final SessionCookies cookies;
        private final java.time.Clock clock;
        private HttpSession requestOnly;

        HardenedSessions(HttpServletRequest request, HttpServletResponse response, SessionCookies cookies,
                         java.time.Clock clock) {
            super(request);
            this.response = response;
            this.cookies = cookies;
            this.clock = clock;
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (requestOnly != null) {
                return requestOnly;
            }
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            if (requestOnly == null && needsNoSession((HttpServletRequest) getRequest())) {
                requestOnly = new RequestOnlySession(getServletContext(), clock.millis());
            }
            if (requestOnly != null) {
                return requestOnly;
            }
            HttpSession created = super.getSession(true);
            cookies.resend((HttpServletRequest) getRequest(), response, created);
            return created;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }
    }
}
