package org.gongkai.calendar.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year whose State Council holiday notice is entered, with its days off and make-up working
 * days. Years without a row here count weekends only.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = CalendarYear.ALL, query = "select distinct y from CalendarYear y left join fetch y.days")
@NamedQuery(name = CalendarYear.ONE, query = "select y from CalendarYear y left join fetch y.days where y.year = :year")
public class CalendarYear {

    public static final String ALL = "CalendarYear.all";
    public static final String ONE = "CalendarYear.one";

    @Id
    private Integer year;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @OneToMany(mappedBy = "calendarYear", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("day")
    private List<CalendarDay> days = new ArrayList<>();

    protected CalendarYear() {
    }

    public CalendarYear(int year, Instant enteredAt, String enteredBy) {
        this.year = year;
        this.updatedAt = enteredAt;
        this.updatedBy = enteredBy;
    }

    public int year() {
        return year;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** The days of the notice in date order. */
    public List<CalendarDay> days() {
        return days.stream().sorted(Comparator.comparing(CalendarDay::day)).toList();
    }

    /** The notice as the calculator reads it. */
    public YearArrangement arrangement() {
        List<NamedDay> holidays = new ArrayList<>();
        List<NamedDay> workdays = new ArrayList<>();
        for (CalendarDay day : days) {
            (day.kind() == DayKind.HOLIDAY ? holidays : workdays).add(new NamedDay(day.day(), day.name()));
        }
        return new YearArrangement(year, holidays, workdays);
    }

    /**
     * Replaces the year's days by those of {@code arrangement} (same year), keeping the rows of
     * dates that stay. Answers what changed, one entry per date: {@code +2027-02-06 WORKDAY},
     * {@code -2027-02-07}, {@code ~2027-01-01 HOLIDAY}.
     */
    public List<String> rearrange(YearArrangement arrangement, Instant at, String by) {
        if (arrangement.year() != year) {
            throw new IllegalArgumentException("arrangement of " + arrangement.year() + " for " + year);
        }
        Map<LocalDate, CalendarDay> current = new LinkedHashMap<>();
        days.forEach(day -> current.put(day.day(), day));
        List<String> changes = new ArrayList<>();
        setDays(arrangement.holidays(), DayKind.HOLIDAY, current, changes);
        setDays(arrangement.makeUpWorkdays(), DayKind.WORKDAY, current, changes);
        for (CalendarDay gone : current.values()) {
            days.remove(gone);
            changes.add("-" + gone.day());
        }
        updatedAt = at;
        updatedBy = by;
        changes.sort(Comparator.comparing(change -> change.substring(1)));
        return changes;
    }

    private void setDays(List<NamedDay> wanted, DayKind kind, Map<LocalDate, CalendarDay> current,
                         List<String> changes) {
        for (NamedDay day : wanted) {
            CalendarDay existing = current.remove(day.date());
            if (existing == null) {
                days.add(new CalendarDay(this, day.date(), kind, day.name()));
                changes.add("+" + day.date() + " " + kind);
            } else if (existing.reclassify(kind, day.name())) {
                changes.add("~" + day.date() + " " + kind);
            }
        }
    }
}
