package org.gongkai.platform.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gongkai.platform.control.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the API's one JSON error body, in the caller's language. */
@ApplicationScoped
public class ErrorBodies {

    private final Jsonb jsonb = JsonbBuilder.create();

    public ErrorDto body(String code, Locale locale, Map<String, String> fields, Object... arguments) {
        return new ErrorDto(code, Messages.error(code, locale, arguments), fields);
    }

    public Response response(int status, String code, Locale locale, Map<String, String> fields,
                             Object... arguments) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(code, locale, fields, arguments))
                .build();
    }

    /** For the places outside JAX-RS that answer API callers (authentication, servlet errors). */
    public void write(HttpServletResponse response, int status, String code, Locale locale, Object... arguments)
            throws IOException {
        write(response, status, code, locale, Map.of(), arguments);
    }

    /** The same, with the problem per field (bad parameters of servlets and filters). */
    public void write(HttpServletResponse response, int status, String code, Locale locale,
                      Map<String, String> fields, Object... arguments) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(
                jsonb.toJson(body(code, locale, fields, arguments)).getBytes(StandardCharsets.UTF_8));
    }

    /** The language the caller asked for, or {@code null} for the default (Chinese). */
    public static Locale callerLocale(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return languages.isEmpty() || "*".equals(languages.get(0).getLanguage()) ? null : languages.get(0);
    }

    /** The problem per field of the payload, by its JSON property path. */
    public static Map<String, String> fieldsOf(ConstraintViolationException invalid) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            fields.merge(fieldName(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "；" + b);
        }
        return fields;
    }

    /** The payload's own property path, without the method and parameter nodes of method validation. */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String last = "";
        for (Path.Node node : path) {
            last = node.getName() == null ? last : node.getName();
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? last : name.toString();
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing to keep: the application is going away
        }
    }
}
