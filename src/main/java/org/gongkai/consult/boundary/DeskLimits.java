package org.gongkai.consult.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.boundary.SharedRateLimits;
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
 * {@code Retry-After}. Messages and look-ups are counted in the database ({@link SharedRateLimits}),
 * so every node of a cluster counts the same; searches, like the catalogue's, per node (no database
 * write per search).
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

    @Inject
    SharedRateLimits shared;

    private SlidingWindowLimiter searches;

    @PostConstruct
    void create() {
        searches = new SlidingWindowLimiter(Math.max(1, searchesPerMinute), Duration.ofMinutes(1), 100_000);
    }

    public void message(String address) {
        refuseIfLimited("desk-message", messagesPerHour, address, "message_rate_limited");
    }

    public void failedLookup(String address, String code) {
        refuseIfLimited("desk-failed-lookup", failedLookupsPerHour, address, "lookup_rate_limited");
        if (code != null) {
            refuseIfLimited("desk-passcode", 10, code, "message_passcode_locked");
        }
    }

    /** Counts a search of the published answers; the catalogue's limit per minute ({@code gongkai.search.rate-limit}). */
    public void search(String address) {
        refuseIfLimited(searches, address, "search_rate_limited");
    }

    private void refuseIfLimited(SlidingWindowLimiter limiter, String key, String code) {
        refuseIf(limiter.tryAcquire(key == null ? "unknown" : key, clock.instant()), code);
    }

    private void refuseIfLimited(String limit, int perHour, String key, String code) {
        refuseIf(shared.tryAcquire(limit, key == null ? "unknown" : key, Math.max(1, perHour), Duration.ofHours(1),
                clock.instant()), code);
    }

    private static void refuseIf(Optional<Duration> wait, String code) {
        if (wait.isPresent()) {
            throw new TooManyRequestsException(code, (wait.get().toMillis() + 999) / 1000);
        }
    }
}
