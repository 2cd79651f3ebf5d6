package org.gongkai.urgent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Where a unit's urgent-information reminders go (its officers' and head's shared mailbox). */
@Entity
@Table(name = "urgent_organ_mail")
public class OrganMailAddress {

    @Id
    @Column(name = "organ_code")
    private String organCode;

    @Column(nullable = false)
    private String address;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected OrganMailAddress() {
    }

    public OrganMailAddress(String organCode, String address, Instant changedAt, String changedBy) {
        this.organCode = organCode;
        this.address = address;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public void change(String newAddress, Instant at, String by) {
        this.address = newAddress;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String organCode() {
        return organCode;
    }

    public String address() {
        return address;
    }
}
