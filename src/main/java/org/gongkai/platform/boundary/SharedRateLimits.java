package org.gongkai.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.platform.control.RateBuckets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code limit} events per key within a sliding window, counted in PostgreSQL so that every
 * node of a cluster counts the same events (N nodes allow what one allows). The window is cut into
 * {@value RateBuckets#BUCKETS} buckets (a minute each for an hourly limit, {@link RateBuckets}): an event counts until its bucket has
 * left the window, so it may be forgotten up to one bucket early; a check reads at most
 * {@value RateBuckets#BUCKETS} + 1 rows whatever the limit. Each call is one short transaction of its own,
 * serialised per key by a transaction-scoped advisory lock, so two nodes cannot both let the last
 * allowed event through. Keys are stored as their SHA-256 (a client address is not kept as such);
 * buckets that left the window are deleted as events of the same limit arrive. The caller gives the
 * time (its injected clock), as with the in-memory limiter.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SharedRateLimits {

    @PersistenceContext
    EntityManager em;

    /**
     * Counts one event of {@code key} under the limit {@code name} at {@code now} if the limit allows it.
     *
     * @return empty when accepted, else how long until the next event will be accepted
     */
    public Optional<Duration> tryAcquire(String name, String key, int limit, Duration window, Instant now) {
        String hashed = hash(key);
        Timestamp horizon = Timestamp.from(RateBuckets.horizon(now, window));
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, "rate:" + name)
                .setParameter(2, hashed)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select bucket, events from rate_limit_bucket "
                        + "where name = ?1 and key = ?2 and bucket > ?3 order by bucket")
                .setParameter(1, name)
                .setParameter(2, hashed)
                .setParameter(3, horizon)
                .getResultList();
        Optional<Duration> refused = RateBuckets.refusal(rows.stream()
                .map(row -> new RateBuckets.Bucket(((Timestamp) row[0]).toInstant(), ((Number) row[1]).longValue()))
                .toList(), limit, window, now);
        if (refused.isPresent()) {
            return refused;
        }
        em.createNativeQuery("insert into rate_limit_bucket (name, key, bucket, events) values (?1, ?2, ?3, 1) "
                        + "on conflict (name, key, bucket) do update set events = rate_limit_bucket.events + 1")
                .setParameter(1, name)
                .setParameter(2, hashed)
                .setParameter(3, Timestamp.from(RateBuckets.bucketOf(now, window)))
                .executeUpdate();
        em.createNativeQuery("delete from rate_limit_bucket where name = ?1 and bucket <= ?2")
                .setParameter(1, name)
                .setParameter(2, horizon)
                .executeUpdate();
        return Optional.empty();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((key == null ? "unknown" : key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
