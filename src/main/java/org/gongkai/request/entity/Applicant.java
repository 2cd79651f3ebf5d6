package org.gongkai.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.gongkai.platform.entity.EncryptedString;

/**
 * Who applied (Art. 29(1) of the OGI Regulations: name, proof of identity, contact details).
 * Personal data: shown to the organ's officers only, masked in the applicant's own view, never
 * in a public page, feed, export, audit detail or log line.
 * <p>
 * Every field that names or reaches a person is stored encrypted with SM4 (GB/T 39786-2021; PIPL
 * Art. 51), the name included: a name beside the information a person asked for tells who wanted to
 * know what, which is exactly what a stolen backup must not show. A legal person's name and credit
 * code are encrypted too: the columns are shared, and a sole trader's code names a person. The
 * type, category and kind of document stay plain: the annual report counts by them (国办公开办函〔2021〕30号, table 三).
 */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, updatable = false)
    private ApplicantType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_category", updatable = false)
    private ApplicantCategory category;

    @Convert(converter = EncryptedString.class)
    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", updatable = false)
    private IdType idType;

    @Convert(converter = EncryptedString.class)
    @Column(name = "id_number", updatable = false)
    private String idNumber;

    @Convert(converter = EncryptedString.class)
    @Column(name = "credit_code", updatable = false)
    private String creditCode;

    @Convert(converter = EncryptedString.class)
    @Column(name = "contact_name", updatable = false)
    private String contactName;

    @Convert(converter = EncryptedString.class)
    @Column(updatable = false)
    private String phone;

    @Convert(converter = EncryptedString.class)
    @Column(updatable = false)
    private String email;

    @Convert(converter = EncryptedString.class)
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
