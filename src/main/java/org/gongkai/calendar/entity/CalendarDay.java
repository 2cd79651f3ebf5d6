package org.gongkai.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/** One date of a year's holiday notice: a day off or a make-up working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    private LocalDate day;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year", nullable = false, updatable = false)
    private CalendarYear calendarYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    private String name;

    protected CalendarDay() {
    }

    CalendarDay(CalendarYear calendarYear, LocalDate day, DayKind kind, String name) {
        this.calendarYear = calendarYear;
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Changes what the date is; answers whether anything changed. */
    boolean reclassify(DayKind newKind, String newName) {
        boolean changed = kind != newKind || !Objects.equals(name, newName);
        kind = newKind;
        name = newName;
        return changed;
    }
}
