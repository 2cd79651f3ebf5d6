package org.gongkai.consult.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.control.SlidingWindowLimiter;
import org.gongkai.platform.entity.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Anti-abuse of the desk without a captcha, as for filings: messages per client address (default 10
 * per hour, {@code gongkai.messages.rate-limit}), failed look-ups per address (default 30 per hour,
 * {@code gongkai.messages.lookup-limit}) and wrong passcodes per query code (default 10 per hour),
 * and searches of the published answers as catalogue searches are limited; each refused 429 with
 * {@code Retry-After}.
 */
@ApplicationScoped
public class DeskLimits {

    @Inject
    @ConfigProperty(name = "gongkai.messages.rate-limit", defaultValue = "10")
    int messagesPerHour;

    @Inject
    @ConfigProperty(name = "gongkai.messages.lookup-limit", defaultValue = "30")
    int failedLookupsPerHour;

    @Inject
    @ConfigProperty(name = "gongkai.search.rate-limit", defaultValue = "60")
    int searchesPerMinute;

    @Inject
    Clock clock;

    private SlidingWindowLimiter messages;
    private SlidingWindowLimiter lookups;
    private SlidingWindowLimiter codes;
    private SlidingWindowLimiter searches;

    @PostConstruct
    void create() {
        messages = new SlidingWindowLimiter(Math.max(1, messagesPerHour), Duration.ofHours(1), 100_000);
        lookups = new SlidingWindowLimiter(Math.max(1, failedLookupsPerHour), Duration.ofHours(1), 100_000);
        codes = new SlidingWindowLimiter(10, Duration.ofHours(1), 100_000);
        searches = new SlidingWindowLimiter(Math.max(1, searchesPerMinute), Duration.ofMinutes(1), 100_000);
    }

    public void message(String address) {
        refuseIfLimited(messages, address, "message_rate_limited");
    }

    public void failedLookup(String address, String code) {
        refuseIfLimited(lookups, address, "lookup_rate_limited");
        if (code != null) {
            refuseIfLimited(codes, code, "message_passcode_locked");
        }
    }

    /** Counts a search of the published answers; the catalogue's limit per minute ({@code gongkai.search.rate-limit}). */
    public void search(String address) {
        refuseIfLimited(searches, address, "search_rate_limited");
    }

    private void refuseIfLimited(SlidingWindowLimiter limiter, String key, String code) {
        Optional<Duration> wait = limiter.tryAcquire(key == null ? "unknown" : key, clock.instant());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(code, (wait.get().toMillis() + 999) / 1000);
        }
    }
}
