package org.gongkai.platform.entity;

import java.util.Map;

/**
 * Too many requests (429): a rate limit says no; the caller may try again after
 * {@link #retryAfterSeconds()}. The message's argument {0} is the wait in whole minutes (at least 1),
 * so that people read when to try again, not only that they must wait.
 */
public class TooManyRequestsException extends GongkaiException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(String code, long retryAfterSeconds) {
        super(code, Map.of(), Math.max(1, (retryAfterSeconds + 59) / 60));
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
