package org.gongkai.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock of the application, in the Asia/Shanghai calendar in which all statutory
 * periods are counted. {@code gongkai.clock.fixed} (an ISO-8601 instant) stops it, for tests
 * and demonstrations.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Clock clock;

    void configure(Optional<String> fixed) {
        configure(fixed, Optional.empty());
    }

    /** {@code gongkai.clock.offset-file} (tests only) lets a fixed clock be moved forward: see {@link OffsetClock}. */
    @Inject
    void configure(@ConfigProperty(name = "gongkai.clock.fixed") Optional<String> fixed,
                   @ConfigProperty(name = "gongkai.clock.offset-file") Optional<String> offsetFile) {
        this.clock = fixed.filter(value -> !value.isBlank())
                .map(value -> offsetFile.filter(file -> !file.isBlank())
                        .<Clock>map(file -> new OffsetClock(Instant.parse(value.trim()), CHINA, Path.of(file.strip())))
                        .orElseGet(() -> Clock.fixed(Instant.parse(value.trim()), CHINA)))
                .orElseGet(() -> Clock.system(CHINA));
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}
