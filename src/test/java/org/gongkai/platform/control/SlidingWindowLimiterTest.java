package org.gongkai.platform.control;

import org.gongkai.platform.control.SlidingWindowLimiter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlidingWindowLimiterTest {

    private static final Instant T0 = Instant.parse("2026-02-13T02:00:00Z");

    @Test
    void twentyPerHourPerAddressThenTheWaitUntilTheOldestLeavesTheWindow() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(20, Duration.ofHours(1), 1000);
        for (int i = 0; i < 20; i++) {
            assertTrue(limiter.tryAcquire("203.0.113.7", T0.plusSeconds(i * 60L)).isEmpty(), "filing " + (i + 1));
        }

        assertEquals(Duration.ofMinutes(40), limiter.tryAcquire("203.0.113.7", T0.plusSeconds(20 * 60L)).orElseThrow());
        assertTrue(limiter.tryAcquire("198.51.100.1", T0.plusSeconds(20 * 60L)).isEmpty(), "other addresses are not affected");
        assertTrue(limiter.tryAcquire("203.0.113.7", T0.plus(Duration.ofHours(1)).plusSeconds(1)).isEmpty(),
                "an hour after the first, one more is fine");
    }

    @Test
    void forgetsTheLeastRecentlyUsedKeysBeyondItsSize() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofHours(1), 2);
        limiter.tryAcquire("a", T0);
        limiter.tryAcquire("b", T0);
        limiter.tryAcquire("c", T0);

        assertTrue(limiter.tryAcquire("a", T0).isEmpty(), "a was forgotten");
        assertTrue(limiter.tryAcquire("c", T0).isPresent(), "c is remembered");
    }
}
