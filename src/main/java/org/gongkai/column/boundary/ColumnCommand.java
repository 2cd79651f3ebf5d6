package org.gongkai.column.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A column as the administrator defines it (the code is fixed once created). */
public class ColumnCommand {

    @NotBlank(message = "{gongkai.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{gongkai.column.code}")
    public String code;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 100, message = "{gongkai.size}")
    public String name;

    @NotNull(message = "{gongkai.column.type}")
    @Pattern(regexp = "NEWS|POLICY|PLAN|SERVICE|INTERACTION|TOPIC|OTHER", message = "{gongkai.column.type}")
    public String type;

    @NotBlank(message = "{gongkai.request.organ}")
    public String organ;

    @NotBlank(message = "{gongkai.required}")
    public String editor;

    public String backupEditor;

    @NotNull(message = "{gongkai.required}")
    @Min(value = 1, message = "{gongkai.column.cycle}")
    @Max(value = 366, message = "{gongkai.column.cycle}")
    public Integer cycleDays;

    @Size(max = 254, message = "{gongkai.size}")
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{gongkai.request.email}")
    public String contactEmail;

    @Size(max = 100, message = "{gongkai.size}")
    public String catalogueSubject;

    @Size(max = 100, message = "{gongkai.size}")
    public String catalogueGenre;

    // accessors for the Faces forms (EL reads properties, not public fields)
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public String getEditor() { return editor; }
    public void setEditor(String editor) { this.editor = editor; }
    public String getBackupEditor() { return backupEditor; }
    public void setBackupEditor(String backupEditor) { this.backupEditor = backupEditor; }
    public Integer getCycleDays() { return cycleDays; }
    public void setCycleDays(Integer cycleDays) { this.cycleDays = cycleDays; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getCatalogueSubject() { return catalogueSubject; }
    public void setCatalogueSubject(String catalogueSubject) { this.catalogueSubject = catalogueSubject; }
    public String getCatalogueGenre() { return catalogueGenre; }
    public void setCatalogueGenre(String catalogueGenre) { this.catalogueGenre = catalogueGenre; }
}
