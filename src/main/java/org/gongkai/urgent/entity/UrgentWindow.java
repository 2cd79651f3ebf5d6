package org.gongkai.urgent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A reporting window in minutes: one per grade, and {@link #PHONE_FIRST} for the phone report. */
@Entity
@Table(name = "urgent_window")
@NamedQuery(name = UrgentWindow.ALL, query = "select w from UrgentWindow w order by w.name")
public class UrgentWindow {

    public static final String ALL = "UrgentWindow.all";
    public static final String PHONE_FIRST = "PHONE_FIRST";

    @Id
    private String name;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected UrgentWindow() {
    }

    public void change(int newMinutes, Instant at, String by) {
        this.minutes = newMinutes;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String name() {
        return name;
    }

    public int minutes() {
        return minutes;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
