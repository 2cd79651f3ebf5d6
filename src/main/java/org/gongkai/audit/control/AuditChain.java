package org.gongkai.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain over the history: each sealed event's hash covers its position, the previous
 * hash and every recorded field, so changing, removing or reordering a sealed event is detectable.
 */
public final class AuditChain {

    /** The "previous hash" of the first sealed event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The fields of one event as stored. */
    public record Sealable(long sealSeq, String prevHash, long id, Instant occurredAt, String actor, String organCode,
                           String itemType, String itemId, String eventType, String detail) {
    }

    public static String hash(Sealable event) {
        String canonical = String.join("\u001e", Long.toString(event.sealSeq()), event.prevHash(),
                Long.toString(event.id()), event.occurredAt().toString(), event.actor(), nullToEmpty(event.organCode()),
                event.itemType(), event.itemId(), event.eventType(), nullToEmpty(event.detail()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
