package org.gongkai.urgent.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.boundary.MailOutbox;
import org.gongkai.urgent.control.UrgentClock;
import org.gongkai.urgent.control.UrgentDates;
import org.gongkai.urgent.control.UrgentReminders;
import org.gongkai.urgent.entity.OrganMailAddress;
import org.gongkai.urgent.entity.Origin;
import org.gongkai.urgent.entity.ReminderKind;
import org.gongkai.urgent.entity.UrgentIncident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One round of reminders (every minute by {@link UrgentJobs}): for each incident still awaiting its
 * written report, the reminders due now ({@link UrgentReminders}) are claimed in
 * {@code urgent_reminder} (one row per incident and kind: a second claim, by this server or
 * another, finds the row and sends nothing) and queued in the same transaction.
 */
@Stateless
public class UrgentReminderRound {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailOutbox outbox;

    /** The office's duty desk (staff accounts carry no e-mail address). */
    @Inject
    @ConfigProperty(name = "gongkai.urgent.office-mail")
    Optional<String> officeMail;

    @Inject
    Organs organs;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    /** The timer's round. Returns the number of reminders claimed. */
    @PermitAll
    public int run() {
        return round(AuditLog.SYSTEM);
    }

    private int round(String actor) {
        Instant now = clock.instant();
        int claimed = 0;
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select i.id from urgent_incident i where i.written_at is null "
                        + "and i.origin = 'REPORTED' and i.due_by <= ?1 and not exists (select 1 from urgent_reminder r "
                        + "where r.incident_id = i.id and r.kind = 'OFFICE_DUE') order by i.due_by, i.id limit 500")
                .setParameter(1, Timestamp.from(UrgentReminders.horizon(now)))
                .getResultList();
        for (Number id : ids) {
            UrgentIncident incident = em.find(UrgentIncident.class, id.longValue());
            if (incident == null || incident.origin() != Origin.REPORTED) {
                continue;
            }
            for (ReminderKind kind : UrgentReminders.due(incident.dueBy(), incident.writtenAt() != null,
                    sent(incident.id()), now)) {
                if (claim(incident, kind, now, actor)) {
                    claimed++;
                }
            }
        }
        return claimed;
    }

    /** The same round, run by the duty desk (or a test) at once. */
    @RolesAllowed({"INFO_EDITOR", "ADMIN"})
    public int runNow() {
        return round(currentStaff.username());
    }

    private Set<ReminderKind> sent(long incidentId) {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("select kind from urgent_reminder where incident_id = ?1")
                .setParameter(1, incidentId).getResultList();
        Set<ReminderKind> sent = EnumSet.noneOf(ReminderKind.class);
        kinds.forEach(k -> sent.add(ReminderKind.valueOf(k)));
        return sent;
    }

    private boolean claim(UrgentIncident incident, ReminderKind kind, Instant now, String actor) {
        Optional<String> to = kind == ReminderKind.UNIT_BEFORE
                ? Optional.ofNullable(em.find(OrganMailAddress.class, incident.organCode())).map(OrganMailAddress::address)
                : officeMail.map(String::strip).filter(a -> !a.isEmpty());
        int inserted = em.createNativeQuery("insert into urgent_reminder (incident_id, kind, claimed_at, recipients) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, incident.id()).setParameter(2, kind.name()).setParameter(3, Timestamp.from(now))
                .setParameter(4, to.isPresent() ? 1 : 0).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        String organName = organs.find(incident.organCode()).map(Organ::name).orElse(incident.organCode());
        long left = UrgentClock.minutesLeft(incident.dueBy(), now);
        String subject;
        String body;
        if (kind == ReminderKind.UNIT_BEFORE) {
            subject = "【紧急信息提醒】" + incident.title() + "：书面报告还剩 " + left + " 分钟";
            body = organName + "：\n\n你单位报告的突发事件“" + incident.title() + "”应于 "
                    + UrgentDates.minute(incident.dueBy()) + " 前向政府办公室书面报送（获知时间 "
                    + UrgentDates.minute(incident.learnedAt()) + "），目前尚未收到书面报告，还剩 " + left
                    + " 分钟。逾期报送将按迟报通报，并取消本年度评先评优资格。\n\n请经单位负责人审签后及时报送。";
        } else {
            subject = "【紧急信息】" + organName + "“" + incident.title() + "”书面报告已到时限";
            body = "值班室：\n\n" + organName + "报告的突发事件“" + incident.title() + "”书面报告时限为 "
                    + UrgentDates.minute(incident.dueBy()) + "，至今未收到书面报告"
                    + (incident.phoneAt() == null ? "，也未收到电话报告" : "（已于 " + UrgentDates.minute(incident.phoneAt())
                    + " 电话报告）") + "。请督促该单位立即报送；报送时将自动记为迟报。";
        }
        boolean queued = to.isPresent() && outbox.queue(to.get(), subject, body, UrgentIncidents.ITEM_TYPE,
                incident.id().toString(), "URGENT_" + kind.name());
        audit.record(actor, incident.organCode(), UrgentIncidents.ITEM_TYPE, incident.id().toString(),
                "URGENT_REMINDER", (kind == ReminderKind.UNIT_BEFORE ? "到期前30分钟提醒本单位" : "到期提醒值班室")
                        + (queued ? "" : "（未配置邮箱，未发送）"));
        return true;
    }
}
