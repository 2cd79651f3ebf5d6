package org.gongkai.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
 * node of a cluster counts the same events (N nodes allow what one allows). Each call is one short
 * transaction of its own, serialised per key by a transaction-scoped advisory lock, so two nodes
 * cannot both let the last allowed event through. Keys are stored as their SHA-256 (a client
 * address is not kept as such); rows older than the window are deleted as events of the same limit
 * arrive. The caller gives the time (its injected clock), as with the in-memory limiter.
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
        Timestamp horizon = Timestamp.from(now.minus(window));
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, "rate:" + name)
                .setParameter(2, hashed)
                .getSingleResult();
        em.createNativeQuery("delete from rate_limit_event where name = ?1 and at <= ?2")
                .setParameter(1, name)
                .setParameter(2, horizon)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Timestamp> recent = em.createNativeQuery("select at from rate_limit_event "
                        + "where name = ?1 and key = ?2 and at > ?3 order by at desc limit ?4")
                .setParameter(1, name)
                .setParameter(2, hashed)
                .setParameter(3, horizon)
                .setParameter(4, limit)
                .getResultList();
        if (recent.size() >= limit) {
            Instant oldest = recent.get(recent.size() - 1).toInstant();
            Duration wait = Duration.between(now, oldest.plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
        em.createNativeQuery("insert into rate_limit_event (name, key, at) values (?1, ?2, ?3)")
                .setParameter(1, name)
                .setParameter(2, hashed)
                .setParameter(3, Timestamp.from(now))
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
