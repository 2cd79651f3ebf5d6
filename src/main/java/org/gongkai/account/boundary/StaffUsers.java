package org.gongkai.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.api.StaffUserForm;
import org.gongkai.account.control.PasswordHasher;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Administrators manage the staff accounts; every change is recorded (passwords never are). */
@Stateless
@RolesAllowed("ADMIN")
public class StaffUsers {

    static final String ITEM_TYPE = "STAFF_USER";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    Organs organs;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    public List<StaffUser> all() {
        return em.createNamedQuery(StaffUser.ALL, StaffUser.class).getResultList();
    }

    public StaffUser create(@Valid StaffUserForm form) {
        if (em.find(StaffUser.class, form.username) != null) {
            throw new StateConflictException("user_exists", form.username);
        }
        if (form.password == null) {
            throw new InvalidInputException("invalid_input", Map.of("password", "新建用户必须设置密码"));
        }
        Organ organ = existingOrgan(form.organ);
        StaffUser user = new StaffUser(form.username, form.displayName.strip(), organ, form.roles,
                hasher.hash(form.password), clock.instant());
        if (Boolean.FALSE.equals(form.enabled)) {
            user.disable();
        }
        em.persist(user);
        audit.record(currentStaff.username(), organ.code(), ITEM_TYPE, user.username(), "USER_CREATED",
                "roles=" + user.roles() + " enabled=" + user.enabled());
        return user;
    }

    public StaffUser update(String username, @Valid StaffUserForm form) {
        StaffUser user = em.find(StaffUser.class, username);
        if (user == null) {
            throw new UnknownItemException("user_unknown", username);
        }
        boolean wasActiveAdministrator = user.enabled() && user.hasRole(Role.ADMIN);
        user.rename(form.displayName.strip());
        user.moveTo(existingOrgan(form.organ));
        user.grantExactly(form.roles);
        if (form.password != null) {
            user.changePasswordHash(hasher.hash(form.password));
        }
        if (form.enabled != null) {
            if (form.enabled) {
                user.enable();
            } else {
                user.disable();
            }
        }
        if (wasActiveAdministrator && !(user.enabled() && user.hasRole(Role.ADMIN))) {
            keepAnotherAdministrator(username);
        }
        audit.record(currentStaff.username(), user.organ().code(), ITEM_TYPE, username, "USER_CHANGED",
                "roles=" + user.roles() + " enabled=" + user.enabled()
                        + (form.password != null ? " password changed" : ""));
        return user;
    }

    /**
     * Refuses (409) a change that would leave no active administrator: nobody could then manage
     * users, organs or the calendar. The administrators' rows are locked in one order, so that two
     * administrators disabling each other at the same moment cannot both succeed.
     */
    private void keepAnotherAdministrator(String changed) {
        List<StaffUser> others = em.createQuery("select u from StaffUser u join u.roles r "
                        + "where r = :admin and u.enabled = true and u.username <> :changed order by u.username",
                        StaffUser.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("changed", changed)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (others.isEmpty()) {
            throw new StateConflictException("last_admin");
        }
    }

    private Organ existingOrgan(String code) {
        return organs.find(code).orElseThrow(() ->
                new InvalidInputException("invalid_input", Map.of("organ", "机关代码 " + code + " 不存在")));
    }
}
