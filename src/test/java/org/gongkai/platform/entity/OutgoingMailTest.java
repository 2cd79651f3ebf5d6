package org.gongkai.platform.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutgoingMailTest {

    private static final Instant QUEUED = Instant.parse("2026-02-13T02:00:00Z");

    private OutgoingMail mail() {
        return new OutgoingMail("DISCLOSURE_REQUEST", "7", "FILED", "zhang@example.cn", "已收到", "正文", QUEUED);
    }

    @Test
    void aSentMailKeepsNoAddress() {
        OutgoingMail mail = mail();
        mail.claim("node-a", QUEUED.plusSeconds(120));
        mail.sent(QUEUED.plusSeconds(3));
        assertNull(mail.recipient(), "the address is personal data and not needed once sent");
        assertEquals(QUEUED.plusSeconds(3), mail.sentAt());
        assertEquals(1, mail.attempts());
    }

    @Test
    void eachRefusalWaitsLongerUpToADay() {
        OutgoingMail mail = mail();
        Instant at = QUEUED;
        long[] expectedMinutes = {10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440};
        for (long minutes : expectedMinutes) {
            mail.failed(at, "SMTP 451");
            assertEquals(at.plus(Duration.ofMinutes(minutes)), mail.nextAttemptAt());
        }
        assertEquals("zhang@example.cn", mail.recipient(), "a mail not yet sent keeps its address");
    }
}
