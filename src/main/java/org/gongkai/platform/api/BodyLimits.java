package org.gongkai.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Size limits of the API's bodies (GB/T 22239-2019 8.1.4.9 资源控制), refused 413 before they are
 * parsed: the staff API's JSON bodies 256 KiB (the longest catalogue entry many times; attachments,
 * {@code application/octet-stream}, have their own limit where they are stored), and what anyone
 * may post without an account 32 KiB: a filing or a supplement ({@code /requests}), a message to
 * the Q&A desk or a rating ({@code /messages}), each many times the longest real one.
 */
@Provider
public class BodyLimits implements ContainerRequestFilter {

    static final int STAFF_MAX_BYTES = 256 * 1024;
    static final int PUBLIC_MAX_BYTES = 32 * 1024;
    private static final List<String> PUBLIC_POSTS = List.of("requests", "messages");

    @Inject
    ErrorBodies errors;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        int limit = limitOf(context);
        if (limit == 0) {
            return;
        }
        if (context.getLength() > limit) {
            refuse(context);
            return;
        }
        try (InputStream in = context.getEntityStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                refuse(context);
                return;
            }
            context.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** The limit of this request's body, or 0 where this filter sets none. */
    static int limitOf(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.startsWith("staff/")) {
            MediaType type = context.getMediaType();
            return type != null && "json".equals(type.getSubtype().toLowerCase(Locale.ROOT)) ? STAFF_MAX_BYTES : 0;
        }
        if (HttpMethod.POST.equals(context.getMethod()) && PUBLIC_POSTS.stream().anyMatch(relative::startsWith)) {
            return PUBLIC_MAX_BYTES;
        }
        return 0;
    }

    private void refuse(ContainerRequestContext context) {
        List<Locale> languages = context.getAcceptableLanguages();
        Locale locale = context.getHeaderString("Accept-Language") == null || languages.isEmpty() ? null : languages.get(0);
        context.abortWith(errors.response(413, "too_large", locale, Map.of()));
    }
}
