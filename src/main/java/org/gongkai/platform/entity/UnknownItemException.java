package org.gongkai.platform.entity;

import java.util.Map;

/** Nothing of that kind exists, or the caller may not know it exists (404). */
public class UnknownItemException extends GongkaiException {

    private static final long serialVersionUID = 1L;

    public UnknownItemException(String code, Object... arguments) {
        super(code, Map.of(), arguments);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
