package org.gongkai.platform.entity;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * A business rule said no. Each subclass maps to one HTTP status; the message is a key in the
 * {@code org.gongkai.platform.errors} bundle so that users read it in their own language.
 */
@ApplicationException(rollback = true)
public abstract class GongkaiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;
    private final Map<String, String> fields;

    protected GongkaiException(String code, Map<String, String> fields, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
        this.fields = Map.copyOf(fields);
    }

    /** Stable machine-readable code, also the message key. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Message keys per field, for bad input. */
    public Map<String, String> fields() {
        return fields;
    }

    public abstract int httpStatus();
}
