package org.gongkai.platform.api;

import org.gongkai.platform.entity.InvalidInputException;

/** Guards for JSON request bodies. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** An empty body is bad input (400), not a server error. */
    public static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("malformed_body");
        }
    }
}
