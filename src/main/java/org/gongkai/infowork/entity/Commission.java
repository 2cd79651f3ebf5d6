package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A commissioned article (约稿): a topic, a deadline and the units asked (their answers in info_commission_organ). */
@Entity
@Table(name = "info_commission")
public class Commission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Commission() {
    }

    public Commission(String topic, LocalDate deadline, String createdBy, Instant createdAt) {
        this.topic = topic;
        this.deadline = deadline;
        this.year = deadline.getYear();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public int year() {
        return year;
    }
}
