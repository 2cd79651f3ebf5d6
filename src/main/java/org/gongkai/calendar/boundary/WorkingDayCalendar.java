package org.gongkai.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.calendar.entity.CalendarYear;
import org.gongkai.platform.boundary.SharedDataChanged;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The working-day calendar every feature asks for its statutory deadlines. It holds the entered
 * holiday notices in memory (a few hundred rows) and reloads them after each change, so that all
 * features answer alike. Every answer of one call comes from one version of the calendar; to
 * compute several dates from the same version, take a {@link #snapshot()}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class WorkingDayCalendar {

    /** The row of {@code shared_version} that every change of the calendar tables raises. */
    public static final String SHARED_NAME = "calendar";

    private static final Logger LOG = Logger.getLogger(WorkingDayCalendar.class.getName());

    @PersistenceContext
    EntityManager em;

    private volatile WorkingDayCalculator calculator = WorkingDayCalculator.weekendsOnly();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        calculator = new WorkingDayCalculator(em.createNamedQuery(CalendarYear.ALL, CalendarYear.class)
                .getResultList().stream().map(CalendarYear::arrangement).toList());
        LOG.info(() -> "Working-day calendar loaded; holiday notices entered for " + calculator.enteredYears());
    }

    /**
     * Reloads the calendar once a change is committed, before any other feature's
     * {@code AFTER_SUCCESS} observer of the same event runs (lowest priority value first), so
     * that they recompute with the new data.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reloadAfter(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                            @Priority(Interceptor.Priority.PLATFORM_BEFORE) CalendarChanged change) {
        try {
            load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Working-day calendar not reloaded after the change of " + change.year()
                    + "; answers keep the previous data until the next change or restart", e);
        }
    }

    /**
     * Reloads the calendar when it was changed on another node of a cluster (or on this one: the
     * database raises the version of {@value #SHARED_NAME} with every change of the calendar tables).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reloadWhenShared(@Observes SharedDataChanged change) {
        if (SHARED_NAME.equals(change.name())) {
            load();
        }
    }

    /** The calendar as it is now, immutable: the same answers however the calendar changes later. */
    public WorkingDayCalculator snapshot() {
        return calculator;
    }

    /** The {@code workingDays}-th working day after {@code from} (not counting {@code from}). */
    public DueDate dueDate(LocalDate from, int workingDays) {
        return calculator.dueDate(from, workingDays);
    }

    /** Working days in ({@code a}, {@code b}]; negative when {@code b} is before {@code a}. */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return calculator.workingDaysBetween(a, b);
    }

    public boolean isWorkingDay(LocalDate day) {
        return calculator.isWorkingDay(day);
    }

    /** {@code day} if it is a working day, else the next one: the receipt date of an online application. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        return calculator.nextWorkingDayOnOrAfter(day);
    }

    /** Whether the year's holiday notice is entered (otherwise answers for it are provisional). */
    public boolean isEntered(int year) {
        return calculator.isEntered(year);
    }

    public SortedSet<Integer> enteredYears() {
        return calculator.enteredYears();
    }
}
