package org.gongkai.platform.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Bad payloads (400 with the problem per field). A mapper of its own because Jersey's built-in
 * mapper for validation errors would otherwise win over {@link ExceptionMapping} and answer
 * without a body.
 */
@Provider
public class ConstraintViolationMapping implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ErrorBodies errors;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        Locale locale = ErrorBodies.callerLocale(headers);
        return errors.response(400, "invalid_input", locale, ErrorBodies.fieldsOf(invalid));
    }
}
