package org.gongkai.catalogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.catalogue.boundary.CatalogueEntryCommand;
import org.gongkai.catalogue.api.StaffEntryDto;
import org.gongkai.catalogue.boundary.CatalogueEditing;
import org.gongkai.catalogue.boundary.Subjects;
import org.gongkai.catalogue.control.Genres;
import org.gongkai.catalogue.entity.CatalogueAttachment;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.catalogue.entity.EntryContent;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewDecision;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Drafting and changing one catalogue entry: its fields, attachments, sending it to review,
 * withdrawing it, and the review outcomes with their reasons.
 */
@Named
@ViewScoped
public class CatalogueEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogueEditing editing;

    @Inject
    transient ReviewTasks reviews;

    @Inject
    transient Subjects subjects;

    @Inject
    transient FacesContext faces;

    private Long id;
    private String title;
    private String docNo;
    private LocalDate writtenOn;
    private LocalDate formedOn;
    private String subject;
    private String statutoryColumn;
    private String genre = "通知";
    private String validity = "有效";
    private String keywords;
    private String summary;
    private String body;
    private String disclosureMode = "主动公开";
    private boolean sensitive;
    private String withdrawalReason;
    private transient jakarta.servlet.http.Part file;

    public void load() throws IOException {
        if (id == null || faces.isPostback()) {
            return;
        }
        try {
            CatalogueEntry entry = editing.entry(id);
            var working = editing.workingVersion(entry);
            EntryContent content = working.content();
            statutoryColumn = working.statutoryColumn() == null ? "" : working.statutoryColumn();
            title = content.title();
            docNo = content.docNo();
            writtenOn = content.writtenOn();
            formedOn = content.formedOn();
            subject = content.subject();
            genre = content.genre();
            validity = content.validity();
            keywords = String.join(" ", content.keywords());
            summary = content.summary();
            body = content.body();
            disclosureMode = content.disclosureMode();
            sensitive = content.sensitive();
        } catch (GongkaiException e) {
            faces.getExternalContext().responseSendError(e.httpStatus(), "");
            faces.responseComplete();
        }
    }

    public String save() {
        try {
            CatalogueVersion version = id == null ? editing.create(form()) : editing.update(id, form());
            id = version.entryId();
            info("edit.saved");
            return "/staff/catalogue-edit?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            return shown(e);
        }
    }

    public String submit() {
        try {
            if (id == null) {
                id = editing.create(form()).entryId();
            } else {
                editing.update(id, form());
            }
            editing.submit(id);
            info("edit.submitted");
            return "/staff/catalogue-edit?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            return shown(e);
        }
    }

    public String applyMasking() {
        try {
            editing.applyMasking(id);
            info("edit.masked");
            return "/staff/catalogue-edit?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            return shown(e);
        }
    }

    public String withdraw() {
        try {
            editing.withdraw(id, withdrawalReason);
            info("edit.withdrawn");
            return "/staff/catalogue-edit?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            return shown(e);
        }
    }

    public String upload() {
        if (file == null || file.getSize() == 0 || id == null) {
            return null;
        }
        try {
            byte[] bytes;
            try (java.io.InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(CatalogueEditing.MAX_ATTACHMENT_BYTES + 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (bytes.length > CatalogueEditing.MAX_ATTACHMENT_BYTES) {
                throw new org.gongkai.platform.entity.InvalidInputException("invalid_input",
                        java.util.Map.of("file", "单个文件不超过20 MB"));
            }
            editing.attach(id, file.getSubmittedFileName(), bytes);
            info("edit.attached");
            return "/staff/catalogue-edit?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            return shown(e);
        }
    }

    /** Removes one file from the working version. */
    public String detach(long attachmentId) {
        try {
            editing.detach(id, attachmentId);
            info("edit.detached");
            return "/staff/catalogue-edit?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            return shown(e);
        }
    }

    private String shown(RuntimeException e) {
        if (!FacesErrors.show(faces, e)) {
            throw e;
        }
        return null;
    }

    private void info(String key) {
        FacesNotices.doneBeforeRedirect(faces, key);
    }

    private CatalogueEntryCommand form() {
        CatalogueEntryCommand form = new CatalogueEntryCommand();
        form.title = title;
        form.docNo = docNo;
        form.writtenOn = writtenOn;
        form.formedOn = formedOn;
        form.subject = subject;
        form.statutoryColumn = statutoryColumn == null ? "" : statutoryColumn;
        form.genre = genre;
        form.validity = validity;
        form.keywords = keywords == null ? List.of()
                : Arrays.stream(keywords.split("[\\s,，、;；]+")).filter(k -> !k.isBlank()).toList();
        form.summary = summary;
        form.body = body;
        form.disclosureMode = disclosureMode;
        form.sensitive = sensitive;
        return form;
    }

    public StaffEntryDto.ReviewDto[] getReviews() {
        if (id == null) {
            return new StaffEntryDto.ReviewDto[0];
        }
        return reviews.tasksOf("CATALOGUE_ENTRY", id).stream()
                .map(task -> new StaffEntryDto.ReviewDto(task.id(), task.status().name(), task.step(), task.steps(),
                        reviews.decisionsOf(task.id()).stream().map(CatalogueEditBacking::decision).toList()))
                .toArray(StaffEntryDto.ReviewDto[]::new);
    }

    private static StaffEntryDto.DecisionDto decision(ReviewDecision d) {
        return new StaffEntryDto.DecisionDto(d.step(), d.role(), d.decision().name(), d.reason(), d.decidedBy(),
                d.decidedAt().toString());
    }

    public String getStatus() {
        if (id == null) {
            return "NEW";
        }
        CatalogueEntry entry = editing.entry(id);
        return StaffEntryDto.statusOf(entry, editing.workingVersion(entry));
    }

    public String getIndexNo() {
        return id == null ? null : editing.entry(id).indexNo();
    }

    public boolean isPublished() {
        return id != null && editing.entry(id).isPublic();
    }

    public List<CatalogueAttachment> getAttachments() {
        if (id == null) {
            return List.of();
        }
        CatalogueEntry entry = editing.entry(id);
        return editing.attachmentsOf(entry.workingVersionId());
    }

    public List<String> getSubjectOptions() {
        List<String> options = new ArrayList<>();
        for (Map.Entry<String, List<String>> top : subjects.tree().entrySet()) {
            options.add(top.getKey());
            top.getValue().forEach(child -> options.add(top.getKey() + "/" + child));
        }
        return options;
    }

    /** The 法定主动公开内容 columns, each top level followed by its children. */
    public List<String> getColumnOptions() {
        List<String> options = new ArrayList<>();
        org.gongkai.catalogue.control.StatutoryColumns.all().forEach((top, children) -> {
            options.add(top);
            children.forEach(child -> options.add(top + "/" + child));
        });
        return options;
    }

    public String getStatutoryColumn() { return statutoryColumn; }
    public void setStatutoryColumn(String statutoryColumn) { this.statutoryColumn = statutoryColumn; }

    public List<String> getGenreOptions() {
        return Genres.ALL;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocNo() { return docNo; }
    public void setDocNo(String docNo) { this.docNo = docNo; }
    public LocalDate getWrittenOn() { return writtenOn; }
    public void setWrittenOn(LocalDate writtenOn) { this.writtenOn = writtenOn; }
    public LocalDate getFormedOn() { return formedOn; }
    public void setFormedOn(LocalDate formedOn) { this.formedOn = formedOn; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getGenre() { return genre; }
    public void setGenre(String genre) { this.genre = genre; }
    public String getValidity() { return validity; }
    public void setValidity(String validity) { this.validity = validity; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getDisclosureMode() { return disclosureMode; }
    public void setDisclosureMode(String disclosureMode) { this.disclosureMode = disclosureMode; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part file) { this.file = file; }

    /** What an attached file is and how large: "PDF 文档，12.3 KB". */
    public String fileLabel(CatalogueAttachment file) {
        return FileLabels.of(FacesContext.getCurrentInstance(), file.mediaType(), file.sizeBytes());
    }
}
