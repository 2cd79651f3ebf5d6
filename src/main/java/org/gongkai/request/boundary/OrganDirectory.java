package org.gongkai.request.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the organs that take requests, remembered once seen: organs are added by
 * administrators and never removed, so a filing needs no query to check its organ.
 */
@ApplicationScoped
public class OrganDirectory {

    @Inject
    Organs organs;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The organ's name, or null when there is no such organ. */
    public String nameOf(String code) {
        if (code == null) {
            return null;
        }
        String known = names.get(code);
        if (known == null) {
            known = organs.find(code).map(Organ::name).orElse(null);
            if (known != null) {
                names.put(code, known);
            }
        }
        return known;
    }
}
