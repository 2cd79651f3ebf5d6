package org.gongkai.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.boundary.AuditLog;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * 登录失败处理 (GB/T 22239-2019 level 3, 8.1.4.1 b): failed sign-ins are counted per username and per
 * client address in PostgreSQL, so every node sees the same counts. After
 * {@code gongkai.signin.max-failures} (default 5, api.md "Sign-in") failures of one username within
 * {@code gongkai.signin.window-seconds} (default 900) that username is refused for
 * {@code gongkai.signin.lock-seconds} (default 900), whatever password is given; after
 * {@code gongkai.signin.address-max-failures} (default 20) failures from one address, that address
 * is refused as long. A success resets the username's count.
 * <p>
 * An attacker cannot turn this into a permanent lock-out of a real user: the lock is temporary and
 * does not grow, and the username lock does not apply at an address from which the same user has
 * signed in successfully within 90 days; there only the address's own count applies. A security
 * administrator can lift a lock at once. Unknown usernames are counted and locked like known ones,
 * so a lock tells nothing about which usernames exist. Times are the database's, not the
 * application clock, so that a fixed demonstration clock cannot keep a lock forever.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    public static final String ITEM_TYPE = "SIGN_IN";
    private static final int KEY_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    @ConfigProperty(name = "gongkai.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "gongkai.signin.address-max-failures", defaultValue = "20")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "gongkai.signin.window-seconds", defaultValue = "900")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "gongkai.signin.lock-seconds", defaultValue = "900")
    int lockSeconds;

    /** Seconds until a sign-in of {@code username} from {@code address} is allowed again; empty when allowed now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalLong lockedFor(String username, String address) {
        List<?> rows = em.createNativeQuery("select max(ceil(extract(epoch from f.locked_until - now()))) "
                        + "from sign_in_failure f where f.locked_until > now() and ("
                        + "(f.kind = 'ADDRESS' and f.key = ?2) or (f.kind = 'USER' and f.key = ?1 and not exists ("
                        + "select 1 from sign_in_known_address k where k.username = ?1 and k.address = ?2 "
                        + "and k.last_success > now() - interval '90 days')))")
                .setParameter(1, userKey(username))
                .setParameter(2, addressKey(address))
                .getResultList();
        Object seconds = rows.isEmpty() ? null : rows.get(0);
        return seconds == null ? OptionalLong.empty() : OptionalLong.of(Math.max(1, ((Number) seconds).longValue()));
    }

    /** Counts a failed sign-in; starts the lock when a count reaches its limit (recorded in the audit trail). */
    public void failed(String username, String address) {
        count("USER", userKey(username), maxFailures);
        count("ADDRESS", addressKey(address), addressMaxFailures);
    }

    /** A successful sign-in: the username's count starts again, and the address becomes known for the user. */
    public void succeeded(String username, String address) {
        em.createNativeQuery("delete from sign_in_failure where kind = 'USER' and key = ?1")
                .setParameter(1, userKey(username))
                .executeUpdate();
        em.createNativeQuery("insert into sign_in_known_address (username, address, last_success) "
                        + "select ?1, ?2, now() where exists (select 1 from staff_user where username = ?1) "
                        + "on conflict (username, address) do update set last_success = now() "
                        // an API client signs in on every call: refresh the row once a day, not each time
                        + "where sign_in_known_address.last_success < now() - interval '1 day'")
                .setParameter(1, username)
                .setParameter(2, addressKey(address))
                .executeUpdate();
    }

    /** A security administrator lifts the lock of a username (安全管理员, 三员分立). */
    @RolesAllowed("SECURITY_ADMIN")
    public boolean unlock(String username) {
        int removed = em.createNativeQuery("delete from sign_in_failure where kind = 'USER' and key = ?1")
                .setParameter(1, userKey(username))
                .executeUpdate();
        if (removed > 0) {
            audit.record(currentStaff.username(), null, ITEM_TYPE, userKey(username), "SIGN_IN_UNLOCKED",
                    "lock lifted by a security administrator");
        }
        return removed > 0;
    }

    private void count(String kind, String key, int limit) {
        Object[] row = (Object[]) em.createNativeQuery("insert into sign_in_failure as f (kind, key, failures, first_at) "
                        + "values (?1, ?2, 1, now()) on conflict (kind, key) do update set "
                        + "failures = case when f.locked_until <= now() or f.first_at < now() - make_interval(secs => ?3) "
                        + "then 1 else f.failures + 1 end, "
                        + "first_at = case when f.locked_until <= now() or f.first_at < now() - make_interval(secs => ?3) "
                        + "then now() else f.first_at end, "
                        + "locked_until = case when f.locked_until <= now() then null else f.locked_until end "
                        + "returning f.failures, f.locked_until is not null")
                .setParameter(1, kind)
                .setParameter(2, key)
                .setParameter(3, Math.max(1, windowSeconds))
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        boolean locked = Boolean.TRUE.equals(row[1]);
        if (!locked && failures >= Math.max(1, limit)) {
            em.createNativeQuery("update sign_in_failure set locked_until = now() + make_interval(secs => ?3) "
                            + "where kind = ?1 and key = ?2")
                    .setParameter(1, kind)
                    .setParameter(2, key)
                    .setParameter(3, Math.max(1, lockSeconds))
                    .executeUpdate();
            String item = kind.toLowerCase(Locale.ROOT) + ":" + key;
            audit.record(AuditLog.SYSTEM, null, ITEM_TYPE, item.length() > 80 ? item.substring(0, 80) : item,
                    "SIGN_IN_LOCKED",
                    failures + " failed sign-ins; locked for " + lockSeconds + " s");
        }
    }

    private static String userKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static String addressKey(String address) {
        String key = address == null ? "unknown" : address.strip();
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
