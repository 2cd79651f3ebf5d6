package org.gongkai.consult.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.consult.control.AnswerPeriods;
import org.gongkai.consult.control.OverdueWarnings;
import org.gongkai.consult.entity.PublicMessage;
import org.gongkai.platform.control.OfficialDates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The desk's e-mail warnings: a message due within a working day, and a message past its due date,
 * each once per message and handling round (the claim row in {@code consult_warning} decides, in a
 * cluster too). Staff accounts carry no e-mail address, so the warnings go to the office's address
 * {@code gongkai.messages.warning-address}; without it, nothing is sent (the queues still show it).
 */
@Stateless
public class DeskWarnings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    DeskPeriods deskPeriods;

    @Inject
    DeskMail mail;

    @Inject
    PublicDesk desk;

    @Inject
    @ConfigProperty(name = "gongkai.messages.warning-address")
    Optional<String> address;

    /** Claims and queues the warnings due today; returns how many were queued. */
    @RolesAllowed("INFO_EDITOR")
    public int run() {
        return check();
    }

    /** The daily run of the timer. */
    @PermitAll
    public int check() {
        LocalDate today = LocalDate.now(clock);
        AnswerPeriods periods = deskPeriods.periods();
        List<PublicMessage> open = em.createQuery("select m from PublicMessage m where m.status in "
                        + "(org.gongkai.consult.entity.MessageStatus.RECEIVED, org.gongkai.consult.entity.MessageStatus.ASSIGNED, "
                        + "org.gongkai.consult.entity.MessageStatus.IN_REVIEW) and m.dueOn <= ?1 order by m.dueOn", PublicMessage.class)
                .setParameter(1, today.plusDays(12)) // one working day ahead, across the longest holiday
                .setMaxResults(1000)
                .getResultList();
        int queued = 0;
        for (PublicMessage message : open) {
            Optional<OverdueWarnings.Warning> warning = OverdueWarnings.due(message.status().open(), today, message.dueOn(),
                    periods.workingDaysLeft(today, message.dueOn()));
            if (warning.isEmpty() || !claim(message, warning.get())) {
                continue;
            }
            String what = (warning.get() == OverdueWarnings.Warning.OVERDUE ? "已超过答复期限" : "即将到期") + "：留言 "
                    + message.queryCode() + "（" + message.kind().label() + "，" + message.title() + "），承办单位 "
                    + (message.organCode() == null ? "待批分" : desk.organName(message.organCode())) + "，答复期限 "
                    + OfficialDates.chinese(message.dueOn()) + "。";
            audit.record(AuditLog.SYSTEM, message.organCode(), DeskHandling.ITEM_TYPE, message.id().toString(),
                    "MESSAGE_" + warning.get().name() + "_WARNED", null);
            address.filter(a -> !a.isBlank()).ifPresent(to -> mail.toOffice(to, "【答疑台】留言" + what.substring(0, what.indexOf('：')),
                    what, message.id().toString(), warning.get().name()));
            queued++;
        }
        return queued;
    }

    private boolean claim(PublicMessage message, OverdueWarnings.Warning warning) {
        return em.createNativeQuery("insert into consult_warning (message_id, round, warning, claimed_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, message.id())
                .setParameter(2, message.round())
                .setParameter(3, warning.name())
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }
}
