package org.gongkai.account.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.boundary.DatabaseMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * 登录失败处理 (GB/T 22239-2019 level 3, 8.1.4.1 b): failed sign-ins are counted per username and per
 * client address in PostgreSQL, so every node sees the same counts. After
 * {@code gongkai.signin.max-failures} (default 5) failures of one username within
 * {@code gongkai.signin.window-seconds} (default 900) that username is refused for
 * {@code gongkai.signin.lock-seconds} (default 900), whatever password is given; after
 * {@code gongkai.signin.address-max-failures} (default 20) failures from one address, that address
 * is refused as long. A success resets the username's count.
 * <p>
 * An attacker cannot turn this into a permanent lock-out of a real user: the lock is temporary and
 * does not grow, and the username lock does not apply at an address from which the same user has
 * signed in successfully within 90 days; there only the address's own count applies. A security
 * administrator can lift a lock at once ({@link StaffUsers#unlock}). Unknown usernames are counted
 * and locked like known ones, so a lock tells nothing about which usernames exist. Times are the
 * database's, not the application clock, so that a fixed demonstration clock cannot keep a lock
 * forever.
 * <p>
 * Plain JDBC, each change one transaction with its audit event: this runs inside the
 * authentication mechanism, before the caller is known, so it keeps out of the EJB container's
 * security and transaction handling (as {@code StaffIdentityStore} does).
 */
@ApplicationScoped
public class SignInThrottle {

    public static final String ITEM_TYPE = "SIGN_IN";
    private static final int KEY_LENGTH = 100;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

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
    public OptionalLong lockedFor(String username, String address) {
        String sql = "select max(ceil(extract(epoch from f.locked_until - now()))) "
                + "from sign_in_failure f where f.locked_until > now() and ("
                + "(f.kind = 'ADDRESS' and f.key = ?) or (f.kind = 'USER' and f.key = ? and not exists ("
                + "select 1 from sign_in_known_address k where k.username = ? and k.address = ? "
                + "and k.last_success > now() - interval '90 days')))";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, addressKey(address));
            query.setString(2, userKey(username));
            query.setString(3, userKey(username));
            query.setString(4, addressKey(address));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getObject(1) == null) {
                    return OptionalLong.empty();
                }
                return OptionalLong.of(Math.max(1, row.getLong(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sign-in locks", e);
        }
    }

    /** Counts a failed sign-in; starts the lock when a count reaches its limit (recorded in the audit trail). */
    public void failed(String username, String address) {
        inTransaction(connection -> {
            count(connection, "USER", userKey(username), maxFailures);
            count(connection, "ADDRESS", addressKey(address), addressMaxFailures);
        });
    }

    /** A successful sign-in: the username's count starts again, and the address becomes known for the user. */
    public void succeeded(String username, String address) {
        inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from sign_in_failure where kind = 'USER' and key = ?")) {
                delete.setString(1, userKey(username));
                delete.executeUpdate();
            }
            try (PreparedStatement known = connection.prepareStatement("insert into sign_in_known_address "
                    + "(username, address, last_success) select ?, ?, now() where exists "
                    + "(select 1 from staff_user where username = ?) on conflict (username, address) do update "
                    + "set last_success = now() "
                    // an API client signs in on every call: refresh the row once a day, not each time
                    + "where sign_in_known_address.last_success < now() - interval '1 day'")) {
                known.setString(1, username);
                known.setString(2, addressKey(address));
                known.setString(3, username);
                known.executeUpdate();
            }
        });
    }

    private void count(Connection connection, String kind, String key, int limit) throws SQLException {
        int failures;
        boolean locked;
        try (PreparedStatement upsert = connection.prepareStatement("insert into sign_in_failure as f "
                + "(kind, key, failures, first_at) values (?, ?, 1, now()) on conflict (kind, key) do update set "
                + "failures = case when f.locked_until <= now() or f.first_at < now() - make_interval(secs => ?) "
                + "then 1 else f.failures + 1 end, "
                + "first_at = case when f.locked_until <= now() or f.first_at < now() - make_interval(secs => ?) "
                + "then now() else f.first_at end, "
                + "locked_until = case when f.locked_until <= now() then null else f.locked_until end "
                + "returning f.failures, f.locked_until is not null")) {
            upsert.setString(1, kind);
            upsert.setString(2, key);
            upsert.setDouble(3, Math.max(1, windowSeconds));
            upsert.setDouble(4, Math.max(1, windowSeconds));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                failures = row.getInt(1);
                locked = row.getBoolean(2);
            }
        }
        if (locked || failures < Math.max(1, limit)) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement("update sign_in_failure "
                + "set locked_until = now() + make_interval(secs => ?) where kind = ? and key = ?")) {
            lock.setDouble(1, Math.max(1, lockSeconds));
            lock.setString(2, kind);
            lock.setString(3, key);
            lock.executeUpdate();
        }
        String item = kind.toLowerCase(Locale.ROOT) + ":" + key;
        try (PreparedStatement audit = connection.prepareStatement("insert into audit_event "
                + "(occurred_at, actor, organ_code, item_type, item_id, event_type, detail) values (?, ?, null, ?, ?, ?, ?)")) {
            audit.setTimestamp(1, Timestamp.from(clock.instant()));
            audit.setString(2, AuditLog.SYSTEM);
            audit.setString(3, ITEM_TYPE);
            audit.setString(4, item.length() > 80 ? item.substring(0, 80) : item);
            audit.setString(5, "SIGN_IN_LOCKED");
            audit.setString(6, failures + " failed sign-ins; locked for " + lockSeconds + " s");
            audit.executeUpdate();
        }
    }

    /** One unit of JDBC work. */
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the sign-in", e);
        }
    }

    static String userKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    static String addressKey(String address) {
        String key = address == null ? "unknown" : address.strip();
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
