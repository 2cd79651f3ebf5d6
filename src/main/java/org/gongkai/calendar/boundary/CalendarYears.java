package org.gongkai.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.control.CalendarYearRules;
import org.gongkai.calendar.control.ProposedDay;
import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.calendar.entity.CalendarYear;
import org.gongkai.platform.entity.StateConflictException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Administrators enter each year's State Council holiday notice when it is published, and correct
 * it. A change replaces the year's days in one transaction, is recorded, and announces
 * {@link CalendarChanged} so that open deadlines can be recomputed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CalendarYears {

    public static final String ITEM_TYPE = "CALENDAR_YEAR";
    private static final int MAX_DETAIL = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Event<CalendarChanged> changed;

    /** The years whose notice is entered, in order. */
    public List<Integer> years() {
        return em.createQuery("select y.year from CalendarYear y order by y.year", Integer.class).getResultList();
    }

    /** The year's notice with its days, if it is entered. */
    public Optional<CalendarYear> find(int year) {
        return em.createNamedQuery(CalendarYear.ONE, CalendarYear.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** Replaces the year's days off and make-up working days; 400 with the problem per field. */
    public CalendarYear replace(int year, CalendarYearCommand form) {
        YearArrangement arrangement = CalendarYearRules.check(year, proposed(form.holidays), proposed(form.workdays));
        Instant now = clock.instant();
        String actor = currentStaff.username();
        CalendarYear entry = em.find(CalendarYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        boolean created = entry == null;
        if (created) {
            entry = new CalendarYear(year, now, actor);
            em.persist(entry);
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw new StateConflictException("concurrent_change");
            }
        }
        List<String> changes = entry.rearrange(arrangement, now, actor);
        audit.record(actor, null, ITEM_TYPE, Integer.toString(year),
                created ? "CALENDAR_YEAR_ENTERED" : "CALENDAR_YEAR_CHANGED", detail(arrangement, changes));
        changed.fire(new CalendarChanged(year));
        return entry;
    }

    private static String detail(YearArrangement arrangement, List<String> changes) {
        String detail = "holidays=" + arrangement.holidays().size() + " workdays="
                + arrangement.makeUpWorkdays().size() + " changes=" + String.join(",", changes);
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static List<ProposedDay> proposed(List<CalendarDayCommand> days) {
        return days == null ? null
                : days.stream().map(day -> day == null ? null : new ProposedDay(day.date, day.name)).toList();
    }
}
