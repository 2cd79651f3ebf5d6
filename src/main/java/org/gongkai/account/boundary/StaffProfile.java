package org.gongkai.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.account.entity.StaffUser;

/** What any staff member may see of their own account. */
@Stateless
@RolesAllowed({"EDITOR", "OFFICER", "REVIEWER", "LEADER", "ADMIN", "SECURITY_ADMIN", "AUDITOR", "INFO_OFFICER",
        "INFO_EDITOR"})
public class StaffProfile {

    @Inject
    CurrentStaff currentStaff;

    public StaffUser me() {
        StaffUser user = currentStaff.get();
        user.organ().name();
        return user;
    }
}
