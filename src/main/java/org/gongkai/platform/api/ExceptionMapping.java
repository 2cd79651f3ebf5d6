package org.gongkai.platform.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gongkai.platform.control.DatabaseOutage;
import org.gongkai.platform.control.DatabaseRefusals;
import org.gongkai.platform.control.Messages;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.entity.TooManyRequestsException;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where the API turns failures into the JSON error shape: bad input 400 (a parameter
 * of the wrong type too, named in {@code fields}), not allowed 403, unknown 404, state conflicts 409
 * (those the database refuses too: constraints and the review-gate triggers), rate limits 429 with
 * {@code Retry-After}, the database away 503 with {@code Retry-After}; anything unexpected is logged and answered 500 without details. Expected
 * refusals are not logged (GB/T 22239-2019 8.1.4.3: the audit trail records decisions, the server
 * log records faults).
 */
@Provider
public class ExceptionMapping implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMapping.class.getName());

    @Inject
    ErrorBodies errors;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Locale locale = ErrorBodies.callerLocale(headers);
        if (DatabaseOutage.causedBy(thrown)) {
            DatabaseOutage.failed(System.nanoTime());
            // The database is away: come back shortly (503 + Retry-After, RFC 9110 §15.6.4), not a fault.
            LOG.warning(() -> "Database unavailable, API call answered 503: " + thrown);
            return Response.fromResponse(errors.response(503, "database_unavailable", locale, Map.of()))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (cause instanceof TooManyRequestsException limited) {
            return Response.fromResponse(errors.response(429, limited.code(), locale, Map.of(), limited.arguments()))
                    .header("Retry-After", limited.retryAfterSeconds())
                    .build();
        }
        if (cause instanceof GongkaiException domain) {
            return errors.response(domain.httpStatus(), domain.code(), locale, domain.fields(), domain.arguments());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return errors.response(400, "invalid_input", locale, ErrorBodies.fieldsOf(invalid));
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return errors.response(403, "forbidden", locale, Map.of());
        }
        if (cause instanceof OptimisticLockException) {
            return errors.response(409, "concurrent_change", locale, Map.of());
        }
        String parameter = badParameter(cause);
        if (parameter != null) {
            return errors.response(400, "invalid_parameter", locale,
                    Map.of(parameter, Messages.error("invalid_parameter_value", locale)));
        }
        String refusal = DatabaseRefusals.codeOf(cause);
        if (refusal != null) {
            return errors.response(409, refusal, locale, Map.of());
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return errors.response(400, "malformed_body", locale, Map.of());
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return errors.response(status, codeOf(status), locale, Map.of());
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering an API call", thrown);
        return errors.response(500, "unexpected", locale, Map.of());
    }

    /**
     * The name of the query, path, header or form parameter that could not be converted to its type
     * (Jersey's {@code ParamException}, read by reflection: the API is written against Jakarta REST
     * alone). Jersey answers those 404 for query and path parameters; the caller deserves 400 with
     * the parameter named.
     */
    static String badParameter(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if ("org.glassfish.jersey.server.ParamException".equals(type.getName())) {
                try {
                    Object name = type.getMethod("getParameterName").invoke(cause);
                    return name == null ? "parameter" : name.toString();
                } catch (ReflectiveOperationException e) {
                    return "parameter";
                }
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && !(current instanceof EJBAccessException)
                && !(current instanceof AccessLocalException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "invalid_input";
            case 401 -> "not_signed_in";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            default -> status >= 500 ? "unexpected" : "invalid_input";
        };
    }
}
