package org.gongkai.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.ForbiddenActionException;

import java.security.Principal;
import java.util.Optional;

/** The staff user behind the current request, if anyone is signed in. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private StaffUser user;

    public Optional<StaffUser> find() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal != null) {
                user = em.find(StaffUser.class, principal.getName());
            }
        }
        return Optional.ofNullable(user);
    }

    public StaffUser get() {
        return find().orElseThrow(() -> new ForbiddenActionException("forbidden"));
    }

    /** The name to record in the history: the signed-in user, or the system itself. */
    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? AuditLog.SYSTEM : principal.getName();
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    /**
     * Refuses (403) a caller without the role: a second, explicit check beside the EJB container's
     * {@code @RolesAllowed} where the three administrators' work is kept apart (三员分立, GB/T
     * 22239-2019 8.1.10; defence in depth, 8.1.4.2).
     */
    public void requireRole(Role role) {
        if (!hasRole(role)) {
            throw new ForbiddenActionException("forbidden");
        }
    }
}
