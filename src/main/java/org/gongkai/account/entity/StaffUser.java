package org.gongkai.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A member of an organ's staff who signs in to work. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.ALL, query = "select distinct u from StaffUser u join fetch u.organ "
        + "left join fetch u.roles order by u.username")
public class StaffUser {

    public static final String ALL = "StaffUser.all";

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organ_code")
    private Organ organ;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, Organ organ, Set<Role> roles, String passwordHash,
                     Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.organ = organ;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void moveTo(Organ newOrgan) {
        this.organ = newOrgan;
    }

    public void grantExactly(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Organ organ() {
        return organ;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean enabled() {
        return enabled;
    }
}
