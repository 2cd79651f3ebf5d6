package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockProducerTest {

    @Test
    void fixedClockCountsDaysInBeijing() {
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.of("2026-02-12T16:30:00Z"));

        assertEquals(ClockProducer.CHINA, producer.clock().getZone());
        assertEquals(LocalDate.of(2026, 2, 13), LocalDate.now(producer.clock()),
                "16:30 UTC is already the next day in Beijing");
    }

    @Test
    void blankSettingMeansTheSystemClock() {
        ClockProducer producer = new ClockProducer();
        producer.configure(Optional.of(" "));

        assertEquals(ClockProducer.CHINA, producer.clock().getZone());
    }
}
