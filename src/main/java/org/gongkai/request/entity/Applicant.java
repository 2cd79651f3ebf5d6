package org.gongkai.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who applied (Art. 29(1) of the OGI Regulations: name, proof of identity, contact details).
 * Personal data: shown to the organ's officers only, masked in the applicant's own view, never
 * in a public page, feed, export, audit detail or log line.
 */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, updatable = false)
    private ApplicantType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_category", updatable = false)
    private ApplicantCategory category;

    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", updatable = false)
    private IdType idType;

    @Column(name = "id_number", updatable = false)
    private String idNumber;

    @Column(name = "credit_code", updatable = false)
    private String creditCode;

    @Column(name = "contact_name", updatable = false)
    private String contactName;

    @Column(updatable = false)
    private String phone;

    @Column(updatable = false)
    private String email;

    @Column(updatable = false)
    private String address;

    protected Applicant() {
    }

    public Applicant(ApplicantType type, ApplicantCategory category, String name, IdType idType, String idNumber,
                     String creditCode, String contactName, String phone, String email, String address) {
        this.type = type;
        this.category = category;
        this.name = name;
        this.idType = idType;
        this.idNumber = idNumber;
        this.creditCode = creditCode;
        this.contactName = contactName;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    public ApplicantType type() {
        return type;
    }

    public ApplicantCategory category() {
        return category;
    }

    public String name() {
        return name;
    }

    public IdType idType() {
        return idType;
    }

    public String idNumber() {
        return idNumber;
    }

    public String creditCode() {
        return creditCode;
    }

    public String contactName() {
        return contactName;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }
}
