package org.gongkai.account.api;

import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;

import java.util.Set;

/** A staff user as the API shows it: never with the password. */
public record StaffUserDto(String username, String displayName, String organ, Set<Role> roles, boolean enabled) {

    public static StaffUserDto of(StaffUser user) {
        return new StaffUserDto(user.username(), user.displayName(), user.organ().code(), user.roles(),
                user.enabled());
    }
}
