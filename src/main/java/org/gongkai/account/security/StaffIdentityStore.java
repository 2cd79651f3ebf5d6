package org.gongkai.account.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.gongkai.platform.boundary.DatabaseMigrations;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks staff passwords against the PBKDF2 hashes of {@code staff_user}, and tells the roles of an
 * enabled account. Unknown and disabled usernames cost the same work as known ones: their password
 * is verified against a stand-in hash of the same cost, so the answer time does not tell which
 * usernames exist (GB/T 22239-2019 8.1.4.1 a, identification without disclosure).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final String ACCOUNT = "select u.password_hash, u.enabled, string_agg(r.role, ',') "
            + "from staff_user u left join staff_user_role r on r.username = u.username "
            + "where u.username = ? group by u.username, u.password_hash, u.enabled";

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String standInHash;

    /** How many passwords were verified against a hash (real or stand-in): the same path for every name. */
    private final java.util.concurrent.atomic.AtomicLong verifications = new java.util.concurrent.atomic.AtomicLong();

    @PostConstruct
    void configure() {
        pbkdf2.initialize(SecurityConfiguration.pbkdf2Parameters());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        standInHash = pbkdf2.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** Stored account facts, read in one indexed query. */
    private record Account(String hash, boolean enabled, Set<String> roles) {
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Account account = account(credential.getCaller()).orElse(null);
        boolean usable = account != null && account.enabled();
        char[] password = credential.getPassword().getValue();
        boolean matches;
        try {
            matches = pbkdf2.verify(password, usable ? account.hash() : standInHash);
        } catch (RuntimeException malformedHash) {
            matches = false;
        }
        verifications.incrementAndGet();
        if (!matches || !usable) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(credential.getCaller(), account.roles());
    }

    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        if (credential instanceof UsernamePasswordCredential usernamePassword) {
            return validate(usernamePassword);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /**
     * The roles of an enabled account, read afresh: the per-request check of a web session, so that
     * a disabled account or a removed role is refused on its next click (8.1.4.2 访问控制). Empty
     * when the account is unknown or disabled.
     */
    public Optional<Set<String>> activeRoles(String username) {
        return account(username).filter(Account::enabled).map(Account::roles);
    }

    /** Passwords verified since start-up (for tests and monitoring; unknown names count too). */
    public long verifications() {
        return verifications.get();
    }

    private Optional<Account> account(String username) {
        if (username == null || username.isEmpty() || username.length() > 64) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ACCOUNT)) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String roles = row.getString(3);
                Set<String> groups = roles == null ? Set.of()
                        : Set.copyOf(new LinkedHashSet<>(Arrays.asList(roles.split(","))));
                return Optional.of(new Account(row.getString(1), row.getBoolean(2), groups));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the staff account", e);
        }
    }
}
