package org.gongkai.request.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.entity.TooManyRequestsException;
import org.gongkai.platform.control.SlidingWindowLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Anti-abuse for the public side: filings per client address (default 20 per hour,
 * {@code gongkai.requests.rate-limit}) and failed tracking look-ups per address (default 30 per
 * hour, {@code gongkai.requests.lookup-limit}), both answered 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class FilingLimits {

    @Inject
    @ConfigProperty(name = "gongkai.requests.rate-limit", defaultValue = "20")
    int filingsPerHour;

    @Inject
    @ConfigProperty(name = "gongkai.requests.lookup-limit", defaultValue = "30")
    int failedLookupsPerHour;

    @Inject
    Clock clock;

    private SlidingWindowLimiter filings;
    private SlidingWindowLimiter lookups;

    @PostConstruct
    void create() {
        filings = new SlidingWindowLimiter(Math.max(1, filingsPerHour), Duration.ofHours(1), 100_000);
        lookups = new SlidingWindowLimiter(Math.max(1, failedLookupsPerHour), Duration.ofHours(1), 100_000);
    }

    /** Counts a filing from {@code address}; 429 past the limit. */
    public void filing(String address) {
        refuseIfLimited(filings, address, "filing_rate_limited");
    }

    /** Counts a failed look-up (unknown code or wrong passcode) from {@code address}; 429 past the limit. */
    public void failedLookup(String address) {
        refuseIfLimited(lookups, address, "lookup_rate_limited");
    }

    private void refuseIfLimited(SlidingWindowLimiter limiter, String address, String code) {
        Optional<Duration> wait = limiter.tryAcquire(address == null ? "unknown" : address, clock.instant());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(code, (wait.get().toMillis() + 999) / 1000);
        }
    }
}
