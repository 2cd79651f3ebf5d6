package org.gongkai.platform.entity;

import java.util.Map;

/** Too many requests (429): a rate limit says no; the caller may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends GongkaiException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(String code, long retryAfterSeconds) {
        super(code, Map.of());
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
