package org.gongkai.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import org.gongkai.account.control.PasswordHasher;
import org.gongkai.account.control.PasswordPolicy;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security administrator (安全管理员) manages the staff accounts: 三员分立 of GB/T 22239-2019
 * level 3 (8.1.10.3) gives accounts, roles and sign-in locks to this role alone, not to the system
 * administrator. Every change is recorded (passwords never are); no account holds two of the three
 * administrator roles; passwords follow {@link PasswordPolicy} and may not repeat the last five.
 */
@Stateless
@RolesAllowed("SECURITY_ADMIN")
public class StaffUsers {

    static final String ITEM_TYPE = "STAFF_USER";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    Pbkdf2PasswordHash verifier;

    @Inject
    Organs organs;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    public List<StaffUser> all() {
        currentStaff.requireRole(Role.SECURITY_ADMIN);
        return em.createNamedQuery(StaffUser.ALL, StaffUser.class).getResultList();
    }

    public StaffUser create(@Valid StaffUserCommand form) {
        currentStaff.requireRole(Role.SECURITY_ADMIN);
        if (em.find(StaffUser.class, form.username) != null) {
            throw new StateConflictException("user_exists", form.username);
        }
        if (form.password == null) {
            throw new InvalidInputException("invalid_input", Map.of("password", "新建用户必须设置密码"));
        }
        requireOneAdministratorRoleAtMost(form.roles);
        requireStrongPassword(form.username, form.password);
        Organ organ = existingOrgan(form.organ);
        String hash = hasher.hash(form.password);
        StaffUser user = new StaffUser(form.username, form.displayName.strip(), organ, form.roles, hash, clock.instant());
        if (Boolean.FALSE.equals(form.enabled)) {
            user.disable();
        }
        em.persist(user);
        em.flush();
        remember(user.username(), hash);
        audit.record(currentStaff.username(), organ.code(), ITEM_TYPE, user.username(), "USER_CREATED",
                "roles=" + user.roles() + " enabled=" + user.enabled());
        return user;
    }

    public StaffUser update(String username, @Valid StaffUserCommand form) {
        currentStaff.requireRole(Role.SECURITY_ADMIN);
        StaffUser user = em.find(StaffUser.class, username);
        if (user == null) {
            throw new UnknownItemException("user_unknown", username);
        }
        requireOneAdministratorRoleAtMost(form.roles);
        if (form.password != null) {
            requireStrongPassword(username, form.password);
            requireNotRecent(username, form.password);
        }
        Set<Role> heldBefore = user.enabled() ? administratorRoles(user.roles()) : EnumSet.noneOf(Role.class);
        user.rename(form.displayName.strip());
        user.moveTo(existingOrgan(form.organ));
        user.grantExactly(form.roles);
        if (form.password != null) {
            String hash = hasher.hash(form.password);
            user.changePasswordHash(hash);
            remember(username, hash);
        }
        if (form.enabled != null) {
            if (form.enabled) {
                user.enable();
            } else {
                user.disable();
            }
        }
        Set<Role> heldAfter = user.enabled() ? administratorRoles(user.roles()) : EnumSet.noneOf(Role.class);
        for (Role role : heldBefore) {
            if (!heldAfter.contains(role)) {
                keepAnotherAdministrator(role, username);
            }
        }
        audit.record(currentStaff.username(), user.organ().code(), ITEM_TYPE, username, "USER_CHANGED",
                "roles=" + user.roles() + " enabled=" + user.enabled()
                        + (form.password != null ? " password changed" : ""));
        return user;
    }

    /** Lifts a sign-in lock of the username at once (404 when there is no such user); recorded. */
    public boolean unlock(String username) {
        currentStaff.requireRole(Role.SECURITY_ADMIN);
        StaffUser user = em.find(StaffUser.class, username);
        if (user == null) {
            throw new UnknownItemException("user_unknown", username);
        }
        int removed = em.createNativeQuery("delete from sign_in_failure where kind = 'USER' and key = ?1")
                .setParameter(1, SignInThrottle.userKey(username))
                .executeUpdate();
        if (removed > 0) {
            audit.record(currentStaff.username(), user.organ().code(), SignInThrottle.ITEM_TYPE, "user:" + username,
                    "SIGN_IN_UNLOCKED", "lock lifted by a security administrator");
        }
        return removed > 0;
    }

    private static Set<Role> administratorRoles(Set<Role> roles) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.stream().filter(Role.ADMINISTRATORS::contains).forEach(held::add);
        return held;
    }

    /** 三员分立: one person may not be two of system, security and audit administrator (the database refuses it too). */
    private static void requireOneAdministratorRoleAtMost(Set<Role> roles) {
        if (roles != null && administratorRoles(roles).size() > 1) {
            throw new InvalidInputException("administrator_roles", Map.of("roles",
                    "系统管理员、安全管理员、安全审计员三个角色不能由同一账号兼任（三员分立）"));
        }
    }

    private static void requireStrongPassword(String username, String password) {
        String refusal = PasswordPolicy.refusal(username, password);
        if (refusal != null) {
            throw new InvalidInputException("invalid_input", Map.of("password", refusal));
        }
    }

    private void requireNotRecent(String username, String password) {
        List<?> recent = em.createNativeQuery("select password_hash from staff_password_history "
                        + "where username = ?1 order by id desc limit " + PasswordPolicy.HISTORY)
                .setParameter(1, username)
                .getResultList();
        for (Object hash : recent) {
            if (verifier.verify(password.toCharArray(), (String) hash)) {
                throw new InvalidInputException("invalid_input", Map.of("password",
                        "不能使用最近 " + PasswordPolicy.HISTORY + " 次用过的密码"));
            }
        }
    }

    private void remember(String username, String hash) {
        em.createNativeQuery("insert into staff_password_history (username, password_hash, set_at) values (?1, ?2, ?3)")
                .setParameter(1, username)
                .setParameter(2, hash)
                .setParameter(3, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /**
     * Refuses (409) a change that would leave no active holder of an administrator role: nobody could
     * then do that administrator's work. The holders' rows are locked in one order, so that two
     * administrators disabling each other at the same moment cannot both succeed.
     */
    private void keepAnotherAdministrator(Role role, String changed) {
        List<StaffUser> others = em.createQuery("select u from StaffUser u join u.roles r "
                        + "where r = :role and u.enabled = true and u.username <> :changed order by u.username",
                        StaffUser.class)
                .setParameter("role", role)
                .setParameter("changed", changed)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (others.isEmpty()) {
            throw new StateConflictException(role == Role.ADMIN ? "last_admin" : "last_administrator_of_role",
                    role.name());
        }
    }

    private Organ existingOrgan(String code) {
        return organs.find(code).orElseThrow(() ->
                new InvalidInputException("invalid_input", Map.of("organ", "机关代码 " + code + " 不存在")));
    }
}
