package org.gongkai.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A government organ (机关) that publishes information and answers requests. */
@Entity
@Table(name = "organ")
@NamedQuery(name = Organ.ALL, query = "select o from Organ o order by o.code")
public class Organ {

    public static final String ALL = "Organ.all";
    public static final String CODE_PATTERN = "[0-9A-Za-z]{9,18}";

    @Id
    @Pattern(regexp = CODE_PATTERN, message = "{gongkai.organ.code}")
    private String code;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 200, message = "{gongkai.size}")
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Organ() {
    }

    public Organ(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
