package org.gongkai.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;

import java.util.List;

/**
 * Who in an organ holds a role, for the staff of that organ (e.g. the review shows who may decide
 * each step of a chain). Enabled accounts only; no personal data beyond the display name.
 */
@Stateless
public class StaffDirectory {

    /** A colleague: the user name and the name shown. */
    public record Colleague(String username, String displayName) {
    }

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({"EDITOR", "OFFICER", "REVIEWER", "LEADER", "INFO_OFFICER", "INFO_EDITOR"})
    public List<Colleague> withRole(String organCode, Role role) {
        return em.createQuery("select distinct u from StaffUser u join u.roles r where u.organ.code = :organ "
                        + "and r = :role and u.enabled = true order by u.username", StaffUser.class)
                .setParameter("organ", organCode)
                .setParameter("role", role)
                .getResultList().stream()
                .map(user -> new Colleague(user.username(), user.displayName()))
                .toList();
    }
}
