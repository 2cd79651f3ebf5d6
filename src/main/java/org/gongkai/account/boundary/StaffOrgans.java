package org.gongkai.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.account.entity.Organ;

import java.util.List;

/** The administrators' view of the organs. */
@Stateless
@RolesAllowed("ADMIN")
public class StaffOrgans {

    @Inject
    Organs organs;

    public List<Organ> all() {
        return organs.all();
    }
}
