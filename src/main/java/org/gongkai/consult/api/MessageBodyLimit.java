package org.gongkai.consult.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.gongkai.platform.api.ErrorBodies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Size limit of the public desk's bodies (a message, a rating): 32 KiB is several times the longest
 * message; anything larger is refused 413 before it is parsed.
 */
@Provider
public class MessageBodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 32 * 1024;

    @Inject
    ErrorBodies errors;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String path = context.getUriInfo().getPath();
        if (!HttpMethod.POST.equals(context.getMethod()) || !(path.startsWith("messages") || path.startsWith("/messages"))) {
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
