package org.gongkai.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of a sliding-window limit kept as counts per bucket (the shared limits in the
 * database): a window is cut into {@value #BUCKETS} buckets, and an event counts until its bucket
 * has left the window, so it may be forgotten up to one bucket (a minute of an hour) early.
 */
public final class RateBuckets {

    public static final int BUCKETS = 60;

    /** Accepted events of one key that started in the bucket beginning at {@code start}. */
    public record Bucket(Instant start, long events) {
    }

    private RateBuckets() {
    }

    /** The start of the bucket {@code now} falls in. */
    public static Instant bucketOf(Instant now, Duration window) {
        long width = Math.max(1, window.toMillis() / BUCKETS);
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), width) * width);
    }

    /** Buckets that start after this instant are still in the window at {@code now}. */
    public static Instant horizon(Instant now, Duration window) {
        return now.minus(window);
    }

    /**
     * Whether one more event may be accepted at {@code now}.
     *
     * @param inWindow the key's buckets still in the window, oldest first
     * @return empty when accepted, else how long until enough of the oldest buckets have left the window
     */
    public static Optional<Duration> refusal(List<Bucket> inWindow, int limit, Duration window, Instant now) {
        long total = inWindow.stream().mapToLong(Bucket::events).sum();
        if (total < limit) {
            return Optional.empty();
        }
        long toFree = total - limit + 1;
        for (Bucket bucket : inWindow) {
            toFree -= bucket.events();
            if (toFree <= 0) {
                Duration wait = Duration.between(now, bucket.start().plus(window));
                return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
        }
        return Optional.of(Duration.ofSeconds(1));
    }
}
