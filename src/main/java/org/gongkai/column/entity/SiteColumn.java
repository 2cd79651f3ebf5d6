package org.gongkai.column.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A column of the site (栏目) with its responsible unit and editor, a backup editor and the cycle in
 * which it must be updated (政府网站发展指引, 国办发〔2017〕47号). It may be bound to a catalogue
 * subject or genre, whose published entries it then lists beside its articles.
 */
@Entity
@Table(name = "site_column")
public class SiteColumn {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ColumnType type;

    @Column(name = "organ_code", nullable = false)
    private String organCode;

    @Column(nullable = false)
    private String editor;

    @Column(name = "backup_editor")
    private String backupEditor;

    @Column(name = "cycle_days", nullable = false)
    private int cycleDays;

    /** Where the column's warnings go (staff accounts carry no e-mail address). */
    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "catalogue_subject")
    private String catalogueSubject;

    @Column(name = "catalogue_genre")
    private String catalogueGenre;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SiteColumn() {
    }

    public SiteColumn(String code, LocalDate createdOn, Instant createdAt) {
        this.code = code;
        this.createdOn = createdOn;
        this.createdAt = createdAt;
    }

    /** Sets everything the administrator decides about the column. */
    public void define(String name, ColumnType type, String organCode, String editor, String backupEditor, int cycleDays,
                       String contactEmail, String catalogueSubject, String catalogueGenre) {
        this.name = name;
        this.type = type;
        this.organCode = organCode;
        this.editor = editor;
        this.backupEditor = backupEditor;
        this.cycleDays = cycleDays;
        this.contactEmail = contactEmail;
        this.catalogueSubject = catalogueSubject;
        this.catalogueGenre = catalogueGenre;
    }

    public String code() { return code; }
    public String name() { return name; }
    public ColumnType type() { return type; }
    public String organCode() { return organCode; }
    public String editor() { return editor; }
    public String backupEditor() { return backupEditor; }
    public int cycleDays() { return cycleDays; }
    public String contactEmail() { return contactEmail; }
    public String catalogueSubject() { return catalogueSubject; }
    public String catalogueGenre() { return catalogueGenre; }
    public LocalDate createdOn() { return createdOn; }
    public Instant createdAt() { return createdAt; }

    /** Whether the column lists catalogue entries. */
    public boolean boundToCatalogue() {
        return catalogueSubject != null || catalogueGenre != null;
    }
}
