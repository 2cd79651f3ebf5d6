package org.gongkai.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.gongkai.platform.boundary.DatabaseMigrations;

/**
 * Staff identities live in the database: enabled users, PBKDF2 password hashes, and one group per
 * role. Citizens and applicants need no account.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigrations.DATA_SOURCE,
        callerQuery = "select password_hash from staff_user where username = ? and enabled",
        groupsQuery = "select role from staff_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=" + SecurityConfiguration.PBKDF2_ITERATIONS,
                "Pbkdf2PasswordHash.SaltSizeBytes=16",
                "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
@DeclareRoles({"EDITOR", "OFFICER", "REVIEWER", "LEADER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {

    /** Cost of a new hash; stored hashes carry their own count, so raising it needs no migration. */
    public static final int PBKDF2_ITERATIONS = 60_000;
}
