package org.gongkai.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Size limit of the staff API's JSON bodies (GB/T 22239-2019 8.1.4.9 资源控制): 256 KiB holds the
 * longest catalogue entry many times; larger bodies are refused 413 before they are parsed.
 * Attachments ({@code application/octet-stream}) have their own limit where they are stored.
 */
@Provider
public class StaffBodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;

    @Inject
    ErrorBodies errors;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String path = context.getUriInfo().getPath();
        MediaType type = context.getMediaType();
        if (!(path.startsWith("staff/") || path.startsWith("/staff/")) || type == null
                || !"json".equals(type.getSubtype().toLowerCase(Locale.ROOT))) {
            return;
        }
        if (context.getLength() > MAX_BYTES) {
            refuse(context);
            return;
        }
        try (InputStream in = context.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                refuse(context);
                return;
            }
            context.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private void refuse(ContainerRequestContext context) {
        java.util.List<Locale> languages = context.getAcceptableLanguages();
        Locale locale = context.getHeaderString("Accept-Language") == null || languages.isEmpty() ? null : languages.get(0);
        context.abortWith(errors.response(413, "too_large", locale, Map.of()));
    }
}
