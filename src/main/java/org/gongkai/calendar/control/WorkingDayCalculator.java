package org.gongkai.calendar.control;

import org.gongkai.calendar.entity.DueDate;
import org.gongkai.calendar.entity.NamedDay;
import org.gongkai.calendar.entity.YearArrangement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Counts working days (工作日): Monday to Friday, minus the days off and plus the make-up working
 * days of the years whose State Council holiday notice is entered. For any other year it leaves out
 * weekends and the holidays that the law itself fixes ({@link StatutoryHolidays}), and says that
 * the answer may still move ({@link DueDate#provisional()}).
 * <p>
 * A period of N working days starts the day <em>after</em> its start event, so the start day
 * itself never counts (the 20 working days of Art. 33 of the OGI Regulations run
 * from the day after receipt). Immutable: build a new calculator when the calendar changes.
 */
public final class WorkingDayCalculator {

    private final SortedSet<Integer> enteredYears;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpWorkdays = new HashSet<>();
    /** The statutory days off of years without a notice, computed when first needed. */
    private final Map<Integer, Set<LocalDate>> statutoryDaysOff = new ConcurrentHashMap<>();

    public WorkingDayCalculator(Collection<YearArrangement> years) {
        SortedSet<Integer> entered = new TreeSet<>();
        for (YearArrangement year : years) {
            if (!entered.add(year.year())) {
                throw new IllegalArgumentException("year " + year.year() + " given twice");
            }
            year.holidays().forEach(day -> holidays.add(day.date()));
            year.makeUpWorkdays().forEach(day -> makeUpWorkdays.add(day.date()));
        }
        this.enteredYears = Collections.unmodifiableSortedSet(entered);
    }

    /** A calculator that knows no notice at all: weekends only, every answer provisional. */
    public static WorkingDayCalculator weekendsOnly() {
        return new WorkingDayCalculator(Set.of());
    }

    /** The years whose holiday notice is entered, in order. */
    public SortedSet<Integer> enteredYears() {
        return enteredYears;
    }

    public boolean isEntered(int year) {
        return enteredYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day) || YearArrangement.isWeekend(day)) {
            return false;
        }
        return isEntered(day.getYear()) || !statutoryDaysOff(day.getYear()).contains(day);
    }

    private Set<LocalDate> statutoryDaysOff(int year) {
        return statutoryDaysOff.computeIfAbsent(year, y -> StatutoryHolidays.of(y).stream()
                .map(NamedDay::date).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The {@code workingDays}-th working day after {@code from} (the day of the start event, not
     * counted). Zero working days end on {@code from} itself.
     */
    public DueDate dueDate(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        boolean provisional = false;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            provisional |= !isEntered(day.getYear());
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new DueDate(day, provisional);
    }

    /**
     * The number of working days in ({@code a}, {@code b}]: after {@code a}, up to and including
     * {@code b}. Negative when {@code b} lies before {@code a} (for example the working days a
     * request is overdue), so that {@code workingDaysBetween(a, dueDate(a, n).due()) == n}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code day} itself if it is a working day, else the next working day. An online application
     * counts as received on this day (Art. 31 of the OGI Regulations; the portal's decision for online filing).
     */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
