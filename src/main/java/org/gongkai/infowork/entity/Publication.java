package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A publication that adopts information (《XX政务信息》, 《信息专报》, a higher level's bulletin), as data:
 * its level decides where an adoption counts, and an issue of a public one goes through the
 * confidentiality review before it appears on the site.
 */
@Entity
@Table(name = "info_publication")
public class Publication {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level level;

    @Column(name = "is_public", nullable = false)
    private boolean isPublic;

    /** The office that compiles it; null for a higher level's publication. */
    @Column(name = "organ_code")
    private String organCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Publication() {
    }

    public Publication(String code, String name, Level level, boolean isPublic, String organCode, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.isPublic = isPublic;
        this.organCode = organCode;
        this.createdAt = createdAt;
    }

    public void change(String newName, Level newLevel, boolean nowPublic) {
        this.name = newName;
        this.level = newLevel;
        this.isPublic = nowPublic;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Level level() {
        return level;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public String organCode() {
        return organCode;
    }

    /** Whether it is a higher level's publication (上级刊物), which the office does not compile. */
    public boolean external() {
        return organCode == null;
    }
}
