package org.gongkai.platform.entity;

import java.util.Map;

/** The action does not fit the item's current state (409). */
public class StateConflictException extends GongkaiException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String code, Object... arguments) {
        super(code, Map.of(), arguments);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
