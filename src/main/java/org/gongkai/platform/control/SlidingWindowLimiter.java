package org.gongkai.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} events per key within a sliding {@code window}: remembers the times of the
 * last {@code limit} accepted events of each key, so memory stays bounded by the number of keys,
 * and of those at most {@code maxKeys} (the least recently used are forgotten first).
 * Thread-safe; the caller gives the time, so that tests and a fixed clock decide it.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Instant>> events;

    public SlidingWindowLimiter(int limit, Duration window, int maxKeys) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("limit " + limit + " per " + window);
        }
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.events = new LinkedHashMap<>(1024, 0.75f, true);
    }

    /**
     * Counts one event of {@code key} at {@code now} if the limit allows it.
     *
     * @return empty when accepted, else how long until the next event will be accepted
     */
    public synchronized Optional<Duration> tryAcquire(String key, Instant now) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
        times.addLast(now);
        if (events.size() > maxKeys) {
            Iterator<Map.Entry<String, Deque<Instant>>> eldest = events.entrySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return Optional.empty();
    }

    public int limit() {
        return limit;
    }
}
