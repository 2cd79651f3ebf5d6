package org.gongkai.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.StaffUserDto;
import org.gongkai.account.boundary.StaffProfile;
import org.gongkai.account.entity.StaffUser;

/** The staff workspace's home: who is signed in, for which organ, with which roles. */
@Named
@RequestScoped
public class StaffHomeBacking {

    @Inject
    StaffProfile profile;

    private StaffUserDto me;
    private String organName;

    public StaffUserDto getMe() {
        load();
        return me;
    }

    public String getOrganName() {
        load();
        return organName;
    }

    private void load() {
        if (me == null) {
            StaffUser user = profile.me();
            me = StaffUserDto.of(user);
            organName = user.organ().name();
        }
    }
}
