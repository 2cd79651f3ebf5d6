package org.gongkai.account.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Staff identities live in the database: enabled users, PBKDF2 password hashes, and one group per
 * role, checked by {@link StaffIdentityStore}. Citizens and applicants need no account.
 */
@DeclareRoles({"EDITOR", "OFFICER", "REVIEWER", "LEADER", "ADMIN", "SECURITY_ADMIN", "AUDITOR"})
@ApplicationScoped
public class SecurityConfiguration {

    /** Cost of a new hash; stored hashes carry their own count, so raising it needs no migration. */
    public static final int PBKDF2_ITERATIONS = 60_000;

    /** The parameters of every new hash (and of the stand-in hash of {@link StaffIdentityStore}). */
    public static java.util.Map<String, String> pbkdf2Parameters() {
        return java.util.Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(PBKDF2_ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32");
    }
}
