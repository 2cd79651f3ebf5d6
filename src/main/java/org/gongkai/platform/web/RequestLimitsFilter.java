package org.gongkai.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.api.ErrorBodies;
import org.gongkai.platform.control.Messages;
import org.gongkai.platform.control.SlidingWindowLimiter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits that keep anonymous callers from wearing the portal down (GB/T 22239-2019 8.1.4.9 资源控制):
 * <ul>
 *     <li>form posts to the sign-in and sign-out addresses larger than 64 KiB (or of unknown length)
 *     are refused 413 before anything parses them;</li>
 *     <li>catalogue searches (a {@code q} on {@code /catalogue} or {@code /api/v1/catalogue}) are
 *     limited per client address to {@code gongkai.search.rate-limit} per minute (default 60, more
 *     than a person types), answered 429 with {@code Retry-After} in the caller's language.</li>
 * </ul>
 * The search limit is kept in memory per node: it is a brake, not a record.
 */
@WebFilter(urlPatterns = {"/login", "/login.xhtml", "/logout", "/catalogue", "/catalogue/*", "/catalogue-search.xhtml",
        "/api/v1/catalogue"}, asyncSupported = true)
public class RequestLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long MAX_FORM_BYTES = 64 * 1024;

    @Inject
    @ConfigProperty(name = "gongkai.search.rate-limit", defaultValue = "60")
    transient int searchesPerMinute;

    @Inject
    transient ClientAddresses clientAddresses;

    @Inject
    transient ErrorBodies errorBodies;

    private transient SlidingWindowLimiter searches;

    @PostConstruct
    void create() {
        searches = new SlidingWindowLimiter(Math.max(1, searchesPerMinute), Duration.ofMinutes(1), 100_000);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signIn = path.startsWith("/login") || path.equals("/logout");
        if (signIn && "POST".equals(request.getMethod())
                && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > MAX_FORM_BYTES)) {
            response.setHeader("Connection", "close");
            page(response, 413, Messages.error("too_large", locale(request)));
            return;
        }
        // the query string itself, not getParameter: reading parameters here would fix their
        // encoding before Faces sets UTF-8
        if (!signIn && "GET".equals(request.getMethod()) && hasSearchWords(request.getQueryString())) {
            Optional<Duration> wait = searches.tryAcquire(clientAddresses.of(request), Instant.now(Clock.systemUTC()));
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                if (path.startsWith("/api/")) {
                    errorBodies.write(response, 429, "search_rate_limited", locale(request), seconds);
                } else {
                    page(response, 429, Messages.error("search_rate_limited", locale(request), seconds));
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean hasSearchWords(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("q=") && pair.length() > 2 && !pair.substring(2).replace("+", "").replace("%20", "").isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? null : request.getLocale();
    }

    /** A minimal page in the caller's language: the refusal happens before Faces runs. */
    private static void page(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<title>" + status + "</title></head><body><main><h1>" + escaped + "</h1>"
                + "<p><a href=\"/\">返回首页 / Home</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
