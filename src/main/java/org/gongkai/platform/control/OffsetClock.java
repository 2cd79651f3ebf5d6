package org.gongkai.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A fixed clock that tests can move forward: the instant is the fixed one plus the ISO-8601
 * duration written in a file (for example {@code PT61M}; no file or an empty one means no offset).
 * Used only when both {@code gongkai.clock.fixed} and {@code gongkai.clock.offset-file} are set,
 * which only the integration tests do: a portal in service runs on the system clock.
 */
final class OffsetClock extends Clock {

    private final Instant fixed;
    private final ZoneId zone;
    private final Path offsetFile;

    OffsetClock(Instant fixed, ZoneId zone, Path offsetFile) {
        this.fixed = Objects.requireNonNull(fixed);
        this.zone = Objects.requireNonNull(zone);
        this.offsetFile = Objects.requireNonNull(offsetFile);
    }

    @Override
    public Instant instant() {
        return fixed.plus(offset());
    }

    private Duration offset() {
        try {
            String text = Files.readString(offsetFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (NoSuchFileException e) {
            return Duration.ZERO;
        } catch (IOException e) {
            throw new IllegalStateException("clock offset file " + offsetFile + " unreadable", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new OffsetClock(fixed, other, offsetFile);
    }
}
