package org.gongkai.urgent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.urgent.entity.Grade;
import org.gongkai.urgent.entity.UrgentWindow;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reporting windows as data: minutes per grade (2 hours each by default) and the phone-first
 * window (30 minutes). The administrator changes them; a change applies to incidents opened after
 * it, for every incident keeps the deadline fixed when it was opened.
 */
@Stateless
public class UrgentWindows {

    static final String ITEM_TYPE = "URGENT_WINDOWS";
    static final int MAX_MINUTES = 10_080;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    /** The windows in force. */
    public record Current(Map<Grade, Integer> grades, int phoneFirst) {

        public int minutesOf(Grade grade) {
            return grades.getOrDefault(grade, 120);
        }
    }

    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER", "ADMIN"})
    public Current read() {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        int phone = 30;
        for (UrgentWindow window : em.createNamedQuery(UrgentWindow.ALL, UrgentWindow.class).getResultList()) {
            if (UrgentWindow.PHONE_FIRST.equals(window.name())) {
                phone = window.minutes();
            } else {
                grades.put(Grade.valueOf(window.name()), window.minutes());
            }
        }
        return new Current(grades, phone);
    }

    /** Changes the windows given (the others stay); each 1 to 10080 minutes. */
    @RolesAllowed("ADMIN")
    public Current change(UrgentCommands.Windows form) {
        currentStaff.requireRole(Role.ADMIN);
        UrgentIncidents.require(form, "windows");
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (form.minutes != null) {
            form.minutes.forEach((name, minutes) -> {
                try {
                    Grade.valueOf(name);
                } catch (IllegalArgumentException e) {
                    problems.put(name, "没有该等级");
                    return;
                }
                wanted.put(name, minutes);
            });
        }
        if (form.phoneFirst != null) {
            wanted.put(UrgentWindow.PHONE_FIRST, form.phoneFirst);
        }
        wanted.forEach((name, minutes) -> {
            if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
                problems.put(UrgentWindow.PHONE_FIRST.equals(name) ? "phoneFirst" : name,
                        "须为 1 至 " + MAX_MINUTES + " 分钟");
            }
        });
        if (wanted.isEmpty()) {
            problems.put("windows", "请填写至少一个时限");
        }
        UrgentIncidents.failOn(problems);
        Instant now = clock.instant();
        StringBuilder detail = new StringBuilder();
        wanted.forEach((name, minutes) -> {
            UrgentWindow window = em.find(UrgentWindow.class, name, LockModeType.PESSIMISTIC_WRITE);
            if (window.minutes() != minutes) {
                detail.append(detail.isEmpty() ? "" : "；").append(name).append(' ').append(window.minutes())
                        .append(" → ").append(minutes).append(" 分钟");
                window.change(minutes, now, currentStaff.username());
            }
        });
        if (!detail.isEmpty()) {
            audit.record(currentStaff.username(), null, ITEM_TYPE, "windows", "URGENT_WINDOWS_CHANGED",
                    detail.toString());
        }
        return read();
    }
}
