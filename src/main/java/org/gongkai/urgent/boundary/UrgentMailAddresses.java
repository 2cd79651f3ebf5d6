package org.gongkai.urgent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Role;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.urgent.entity.OrganMailAddress;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where reminders go. Staff accounts carry no e-mail address, so the office's duty desk is reached
 * at {@code gongkai.urgent.office-mail} (configuration) and each unit at the one address the
 * administrator keeps for it here (its officers' and head's shared mailbox).
 */
@Stateless
public class UrgentMailAddresses {

    static final String ITEM_TYPE = "URGENT_MAIL";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[A-Za-z]{2,}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Organs organs;

    /** Sets (or replaces) a unit's reminder address. */
    @RolesAllowed("ADMIN")
    public void set(String organCode, String address) {
        currentStaff.requireRole(Role.ADMIN);
        String stripped = address == null ? "" : address.strip();
        if (!ADDRESS.matcher(stripped).matches() || stripped.length() > 254) {
            throw new InvalidInputException("invalid_input", Map.of("address", "电子邮箱格式不正确"));
        }
        organs.get(organCode);
        OrganMailAddress existing = em.find(OrganMailAddress.class, organCode, LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            em.persist(new OrganMailAddress(organCode, stripped, clock.instant(), currentStaff.username()));
        } else {
            existing.change(stripped, clock.instant(), currentStaff.username());
        }
        audit.record(currentStaff.username(), organCode, ITEM_TYPE, organCode, "URGENT_MAIL_SET",
                "设置紧急信息提醒邮箱");
    }
}
