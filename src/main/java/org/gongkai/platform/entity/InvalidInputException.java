package org.gongkai.platform.entity;

import java.util.Map;

/** Bad input (400): the request or a field of it breaks a rule. */
public class InvalidInputException extends GongkaiException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String code, Object... arguments) {
        super(code, Map.of(), arguments);
    }

    public InvalidInputException(String code, Map<String, String> fields) {
        super(code, fields);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
