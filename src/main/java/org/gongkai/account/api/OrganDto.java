package org.gongkai.account.api;

import org.gongkai.account.entity.Organ;

/** An organ as the API shows it. */
public record OrganDto(String code, String name) {

    public static OrganDto of(Organ organ) {
        return new OrganDto(organ.code(), organ.name());
    }
}
