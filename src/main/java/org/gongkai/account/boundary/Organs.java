package org.gongkai.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The organs that use the portal. Anyone may list them; only administrators add them. */
@Stateless
public class Organs {

    static final String ITEM_TYPE = "ORGAN";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @PermitAll
    public List<Organ> all() {
        return em.createNamedQuery(Organ.ALL, Organ.class).getResultList();
    }

    @PermitAll
    public Optional<Organ> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Organ.class, c));
    }

    @PermitAll
    public Organ get(String code) {
        return find(code).orElseThrow(() -> new UnknownItemException("organ_unknown", code));
    }

    /** Adds an organ (its 统一社会信用代码 or organisation code, and its name); 409 when the code is taken. */
    @RolesAllowed("ADMIN")
    public Organ create(@Valid OrganCommand form) {
        String code = form.code;
        String name = form.name.strip();
        if (em.find(Organ.class, code) != null) {
            throw new StateConflictException("organ_exists", code);
        }
        Organ organ = new Organ(code, name, clock.instant());
        em.persist(organ);
        audit.record(currentStaff.username(), code, ITEM_TYPE, code, "ORGAN_CREATED", name);
        return organ;
    }
}
