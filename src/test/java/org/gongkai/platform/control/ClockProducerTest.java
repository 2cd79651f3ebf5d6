package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockProducerTest {

    @Test
    void fixedClockCountsDaysInBeijing() {
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.of("2026-02-12T16:30:00Z"));

        assertEquals(ClockProducer.CHINA, producer.clock().getZone());
        assertEquals(Instant.parse("2026-02-12T16:30:00Z"), producer.clock().instant());
        assertEquals(LocalDate.of(2026, 2, 13), LocalDate.now(producer.clock()),
                "16:30 UTC is already the next day in Beijing");
    }

    @Test
    void blankSettingMeansTheSystemClock() throws InterruptedException {
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.of(" "));

        assertRunsWithTheSystem(producer.clock());
    }

    @Test
    void noSettingMeansTheSystemClock() throws InterruptedException {
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.empty());

        assertRunsWithTheSystem(producer.clock());
    }

    @Test
    void anOffsetFileMovesTheFixedClockForward(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path offset = dir.resolve("clock-offset");
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.of("2026-02-13T02:00:00Z"), Optional.of(offset.toString()));

        assertEquals(Instant.parse("2026-02-13T02:00:00Z"), producer.clock().instant(), "no file: no offset");
        java.nio.file.Files.writeString(offset, "PT61M");
        assertEquals(Instant.parse("2026-02-13T03:01:00Z"), producer.clock().instant());
        java.nio.file.Files.writeString(offset, "P3D");
        assertEquals(LocalDate.of(2026, 2, 16), LocalDate.now(producer.clock()));
        assertEquals(ClockProducer.CHINA, producer.clock().getZone());
    }

    @Test
    void anOffsetFileWithoutAFixedClockChangesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws InterruptedException {
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.empty(), Optional.of(dir.resolve("clock-offset").toString()));

        assertRunsWithTheSystem(producer.clock());
    }

    /** In Beijing's zone, reading the time of the machine, and moving on with it. */
    private static void assertRunsWithTheSystem(Clock clock) throws InterruptedException {
        assertEquals(ClockProducer.CHINA, clock.getZone());
        Instant before = Instant.now();
        Instant first = clock.instant();
        assertTrue(Duration.between(before, first).abs().compareTo(Duration.ofSeconds(5)) < 0,
                "the clock reads the machine's time, not " + first);
        Thread.sleep(20);
        Instant second = clock.instant();
        assertTrue(second.isAfter(first), "the clock moves on: " + first + " then " + second);
    }
}
