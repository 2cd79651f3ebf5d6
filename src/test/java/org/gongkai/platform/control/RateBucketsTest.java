package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateBucketsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2026-02-13T02:00:00Z");

    /** What the database keeps: the key's buckets, fed the way the shared limits feed them. */
    private final List<RateBuckets.Bucket> buckets = new ArrayList<>();

    private Optional<Duration> tryAcquire(Instant now, int limit) {
        buckets.removeIf(bucket -> !bucket.start().isAfter(RateBuckets.horizon(now, HOUR)));
        Optional<Duration> refused = RateBuckets.refusal(List.copyOf(buckets), limit, HOUR, now);
        if (refused.isEmpty()) {
            Instant start = RateBuckets.bucketOf(now, HOUR);
            int last = buckets.size() - 1;
            if (last >= 0 && buckets.get(last).start().equals(start)) {
                buckets.set(last, new RateBuckets.Bucket(start, buckets.get(last).events() + 1));
            } else {
                buckets.add(new RateBuckets.Bucket(start, 1));
            }
        }
        return refused;
    }

    @Test
    void twentyAnHourThenTheWaitUntilTheOldestBucketLeavesTheWindow() {
        for (int i = 0; i < 20; i++) {
            assertTrue(tryAcquire(T0.plusSeconds(i), 20).isEmpty(), "filing " + (i + 1));
        }
        assertEquals(Optional.of(HOUR.minusSeconds(30)), tryAcquire(T0.plusSeconds(30), 20), "the 21st waits");
        assertTrue(tryAcquire(T0.plus(HOUR).minusSeconds(1), 20).isPresent(), "still within the hour");
        assertTrue(tryAcquire(T0.plus(HOUR), 20).isEmpty(), "the bucket of 02:00 has left the window");
    }

    @Test
    void eventsSpreadOverBucketsFreeOneBucketAtATime() {
        for (int minute = 0; minute < 10; minute++) {
            assertTrue(tryAcquire(T0.plus(Duration.ofMinutes(minute)), 10).isEmpty());
        }
        Instant now = T0.plus(Duration.ofMinutes(30));
        assertEquals(Optional.of(Duration.ofMinutes(30)), tryAcquire(now, 10), "until the minute of 02:00 has left");
        assertTrue(tryAcquire(T0.plus(HOUR), 10).isEmpty());
        assertTrue(tryAcquire(T0.plus(HOUR), 10).isPresent(), "one freed, one taken");
    }

    @Test
    void anEventIsForgottenAtMostOneBucketEarly() {
        Instant late = T0.plusSeconds(59);
        assertEquals(T0, RateBuckets.bucketOf(late, HOUR));
        assertTrue(tryAcquire(late, 1).isEmpty());
        assertTrue(tryAcquire(late.plus(HOUR).minusSeconds(60), 1).isPresent());
        assertTrue(tryAcquire(T0.plus(HOUR), 1).isEmpty(), "59 s early at most: one bucket of an hour is a minute");
    }
}
