package org.gongkai.request.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.boundary.SharedRateLimits;
import org.gongkai.platform.entity.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Anti-abuse for the public side: filings per client address (default 20 per hour,
 * {@code gongkai.requests.rate-limit}) and failed tracking look-ups per address (default 30 per
 * hour, {@code gongkai.requests.lookup-limit}), both answered 429 with {@code Retry-After}. Counted
 * in the database ({@link SharedRateLimits}), so that every node of a cluster counts the same filings.
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

    @Inject
    SharedRateLimits limits;

    /** Counts a filing from {@code address}; 429 past the limit. */
    public void filing(String address) {
        refuseIfLimited("filing", filingsPerHour, address, "filing_rate_limited");
    }

    /** Counts a failed look-up (unknown code or wrong passcode) from {@code address}; 429 past the limit. */
    public void failedLookup(String address) {
        refuseIfLimited("failed-lookup", failedLookupsPerHour, address, "lookup_rate_limited");
    }

    private void refuseIfLimited(String limit, int perHour, String address, String code) {
        Optional<Duration> wait = limits.tryAcquire(limit, address == null ? "unknown" : address, Math.max(1, perHour),
                Duration.ofHours(1), clock.instant());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(code, (wait.get().toMillis() + 999) / 1000);
        }
    }
}
