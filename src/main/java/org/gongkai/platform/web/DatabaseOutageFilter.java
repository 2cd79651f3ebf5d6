package org.gongkai.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.api.ErrorBodies;
import org.gongkai.platform.control.DatabaseOutage;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * While the database is away, every page and API call that needs it is answered at once with
 * {@code 503 Service Unavailable} and {@code Retry-After} (RFC 9110 §15.6.4 and §10.2.3): the JSON
 * error body on {@code /api/}, the error page {@code WEB-INF/errorpages/503.xhtml} elsewhere.
 * The pool drops the broken connections itself (see {@code DatabaseMigrations}), so nothing here
 * needs resetting when the database returns. JAX-RS resources answer through {@code ExceptionMapping};
 * this filter catches what pages (Faces) and servlets let through, and for a second after such a
 * failure answers 503 at once (see {@link DatabaseOutage#recentlyFailed(long)}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Inject
    ErrorBodies errorBodies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (DatabaseOutage.recentlyFailed(System.nanoTime()) && needsDatabase(path)) {
            answer(request, response, errorBodies);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            DatabaseOutage.failed(System.nanoTime());
            LOG.warning(() -> "Database unavailable, answered 503 to " + request.getMethod() + " "
                    + request.getRequestURI() + ": " + failure);
            answer(request, response, errorBodies);
        }
    }

    /** Style sheets and scripts (the error page's look), health and metrics never wait for the database. */
    private static boolean needsDatabase(String path) {
        return !(path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/openapi"));
    }

    /** Writes the 503 for an API caller (JSON) or a page (the error page, through the container). */
    public static void answer(HttpServletRequest request, HttpServletResponse response, ErrorBodies errorBodies)
            throws IOException {
        response.reset();
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            errorBodies.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database_unavailable",
                    request.getHeader("Accept-Language") == null ? null : request.getLocale());
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
