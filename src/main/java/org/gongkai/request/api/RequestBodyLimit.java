package org.gongkai.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.gongkai.platform.api.ErrorBodies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Size limit of the public request bodies (filing, supplement): 32 KiB is many times a full
 * application; anything larger is refused with 413 before it is parsed.
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 32 * 1024;

    @Inject
    ErrorBodies errors;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String path = context.getUriInfo().getPath();
        if (!HttpMethod.POST.equals(context.getMethod()) || !(path.startsWith("requests") || path.startsWith("/requests"))) {
            return;
        }
        if (context.getLength() > MAX_BYTES) {
            abort(context);
            return;
        }
        try (InputStream in = context.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                abort(context);
                return;
            }
            context.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private void abort(ContainerRequestContext context) {
        context.abortWith(errors.response(413, "too_large",
                ErrorBodies.callerLocale(new FilterHeaders(context)), Map.of()));
    }

    /** The filter's view of the headers, for the caller's language. */
    private record FilterHeaders(ContainerRequestContext context) implements HttpHeaders {
        @Override
        public java.util.List<String> getRequestHeader(String name) {
            return context.getHeaders().get(name);
        }

        @Override
        public String getHeaderString(String name) {
            return context.getHeaderString(name);
        }

        @Override
        public jakarta.ws.rs.core.MultivaluedMap<String, String> getRequestHeaders() {
            return context.getHeaders();
        }

        @Override
        public java.util.List<jakarta.ws.rs.core.MediaType> getAcceptableMediaTypes() {
            return context.getAcceptableMediaTypes();
        }

        @Override
        public java.util.List<java.util.Locale> getAcceptableLanguages() {
            return context.getAcceptableLanguages();
        }

        @Override
        public jakarta.ws.rs.core.MediaType getMediaType() {
            return context.getMediaType();
        }

        @Override
        public java.util.Locale getLanguage() {
            return context.getLanguage();
        }

        @Override
        public Map<String, jakarta.ws.rs.core.Cookie> getCookies() {
            return context.getCookies();
        }

        @Override
        public java.util.Date getDate() {
            return context.getDate();
        }

        @Override
        public int getLength() {
            return context.getLength();
        }
    }
}
