package org.gongkai.audit.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AuditChainTest {

    private static final AuditChain.Sealable EVENT = new AuditChain.Sealable(1, AuditChain.GENESIS, 42,
            Instant.parse("2026-02-13T02:00:00Z"), "reviewer", "000014349", "REVIEW_TASK", "7", "REVIEW_APPROVE",
            "step 1/1: 同意公开");

    @Test
    void sameEventSameHash() {
        assertEquals(AuditChain.hash(EVENT), AuditChain.hash(EVENT));
        assertEquals(64, AuditChain.hash(EVENT).length());
    }

    @Test
    void anyChangedFieldOrPositionChangesTheHash() {
        String original = AuditChain.hash(EVENT);
        assertNotEquals(original, AuditChain.hash(new AuditChain.Sealable(1, AuditChain.GENESIS, 42,
                EVENT.occurredAt(), "editor", "000014349", "REVIEW_TASK", "7", "REVIEW_APPROVE", EVENT.detail())));
        assertNotEquals(original, AuditChain.hash(new AuditChain.Sealable(2, AuditChain.GENESIS, 42,
                EVENT.occurredAt(), "reviewer", "000014349", "REVIEW_TASK", "7", "REVIEW_APPROVE", EVENT.detail())));
        assertNotEquals(original, AuditChain.hash(new AuditChain.Sealable(1, "f".repeat(64), 42,
                EVENT.occurredAt(), "reviewer", "000014349", "REVIEW_TASK", "7", "REVIEW_APPROVE", EVENT.detail())));
        assertNotEquals(original, AuditChain.hash(new AuditChain.Sealable(1, AuditChain.GENESIS, 42,
                EVENT.occurredAt(), "reviewer", "000014349", "REVIEW_TASK", "7", "REVIEW_APPROVE", "step 1/1: 不同意")));
    }
}
