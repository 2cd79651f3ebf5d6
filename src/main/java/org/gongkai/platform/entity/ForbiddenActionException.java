package org.gongkai.platform.entity;

import java.util.Map;

/** The signed-in user may not do this (403). */
public class ForbiddenActionException extends GongkaiException {

    private static final long serialVersionUID = 1L;

    public ForbiddenActionException(String code, Object... arguments) {
        super(code, Map.of(), arguments);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
