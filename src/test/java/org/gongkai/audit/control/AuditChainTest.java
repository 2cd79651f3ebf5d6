package org.gongkai.audit.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    /**
     * The expected hashes were computed outside Java, over the fields joined by the record separator
     * U+001E in UTF-8, e.g.
     * {@code printf '1\x1e<64 zeros>\x1e42\x1e2026-02-13T02:00:00Z\x1ereviewer\x1e000014349\x1eREVIEW_TASK\x1e7\x1eREVIEW_APPROVE\x1estep 1/1: 同意公开' | sha256sum}.
     * A chain written by an earlier release must verify in a later one: the seal may never change.
     */
    @Test
    void knownAnswer() {
        assertEquals("f25b5f381094c0ebd70d85e34aea148789fbb85d1e163a5ba5d6c84092e79cd3", AuditChain.hash(EVENT));
    }

    @Test
    void knownAnswerWithoutOrganAndDetail() {
        AuditChain.Sealable system = new AuditChain.Sealable(1, AuditChain.GENESIS, 43,
                Instant.parse("2026-02-13T02:00:00Z"), "system", null, "CALENDAR_YEAR", "2026", "CALENDAR_PUBLISH", null);

        assertEquals("b3db40d1ff338c5603823399ce60758a5c4158b43e0c3a47bb962ab1110255b1", AuditChain.hash(system));
    }

    /** Every sealed field, one at a time: changing any of them changes the seal. */
    @Test
    void everySealedFieldChangesTheHash() {
        Map<String, UnaryOperator<AuditChain.Sealable>> changes = new LinkedHashMap<>();
        changes.put("sealSeq", e -> new AuditChain.Sealable(e.sealSeq() + 1, e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), e.itemId(), e.eventType(), e.detail()));
        changes.put("prevHash", e -> new AuditChain.Sealable(e.sealSeq(), "f".repeat(64), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), e.itemId(), e.eventType(), e.detail()));
        changes.put("id", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id() + 1, e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), e.itemId(), e.eventType(), e.detail()));
        changes.put("occurredAt", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(),
                e.occurredAt().plusMillis(1), e.actor(), e.organCode(), e.itemType(), e.itemId(), e.eventType(),
                e.detail()));
        changes.put("actor", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                "editor", e.organCode(), e.itemType(), e.itemId(), e.eventType(), e.detail()));
        changes.put("organCode", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), "000014350", e.itemType(), e.itemId(), e.eventType(), e.detail()));
        changes.put("organCode absent", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(),
                e.occurredAt(), e.actor(), null, e.itemType(), e.itemId(), e.eventType(), e.detail()));
        changes.put("itemType", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), "CATALOGUE_ENTRY", e.itemId(), e.eventType(), e.detail()));
        changes.put("itemId", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), "8", e.eventType(), e.detail()));
        changes.put("eventType", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), e.itemId(), "REVIEW_REJECT", e.detail()));
        changes.put("detail", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), e.itemId(), e.eventType(), "step 1/1: 不同意"));
        changes.put("detail absent", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(), e.occurredAt(),
                e.actor(), e.organCode(), e.itemType(), e.itemId(), e.eventType(), null));
        // a value moved from one field to its neighbour must not give the same seal
        changes.put("itemType|itemId boundary", e -> new AuditChain.Sealable(e.sealSeq(), e.prevHash(), e.id(),
                e.occurredAt(), e.actor(), e.organCode(), "REVIEW_TASK7", "", e.eventType(), e.detail()));

        // every component of the record is covered by a change above
        assertEquals(AuditChain.Sealable.class.getRecordComponents().length,
                changes.keySet().stream().filter(k -> !k.contains(" ")).count(), "a change per sealed field");
        String original = AuditChain.hash(EVENT);
        changes.forEach((field, change) -> {
            AuditChain.Sealable changed = change.apply(EVENT);
            assertNotEquals(EVENT, changed, field);
            assertNotEquals(original, AuditChain.hash(changed), "changing " + field + " must change the seal");
        });
    }
}
