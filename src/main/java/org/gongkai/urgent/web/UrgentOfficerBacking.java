package org.gongkai.urgent.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.urgent.boundary.UrgentCommands;
import org.gongkai.urgent.boundary.UrgentIncidents;
import org.gongkai.urgent.control.UrgentClock;
import org.gongkai.urgent.entity.Grade;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The unit's urgent-information page ({@code /staff/urgent}, INFO_OFFICER): report an incident and
 * see its deadline at once, file the written first report (timed by the server), follow-ups and the
 * final report, answer leaders' instructions.
 */
@Named
@ViewScoped
public class UrgentOfficerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UrgentIncidents incidents;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    private transient List<UrgentIncidents.Standing> rows;

    private String title;
    private String grade = Grade.SERIOUS.name();
    private String category;
    private LocalDateTime occurredAt;
    private LocalDateTime learnedAt;
    private String place;
    private String summary;
    private String casualties;
    private String measures;
    private String leadersOnSite;

    private Long reportFor;
    private String reportKind = "FIRST";
    private String reportText;
    private String signer;

    public List<UrgentIncidents.Standing> getRows() {
        if (rows == null) {
            rows = incidents.list(false);
        }
        return rows;
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public String open() {
        try {
            UrgentCommands.Incident form = new UrgentCommands.Incident();
            form.title = title;
            form.grade = grade;
            form.category = category;
            form.occurredAt = occurredAt == null ? null : UrgentWeb.instant(occurredAt);
            form.learnedAt = learnedAt == null ? null : UrgentWeb.instant(learnedAt);
            form.place = place;
            form.summary = summary;
            form.casualties = casualties;
            form.measures = measures;
            form.leadersOnSite = leadersOnSite;
            UrgentIncidents.Standing opened = incidents.open(form);
            FacesNotices.done(faces, "urgent.opened", UrgentWeb.minute(opened.incident().dueBy()),
                    opened.minutesLeft());
            title = null;
            category = null;
            occurredAt = null;
            learnedAt = null;
            place = null;
            summary = null;
            casualties = null;
            measures = null;
            leadersOnSite = null;
            rows = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String report() {
        try {
            UrgentCommands.Written form = new UrgentCommands.Written();
            form.text = reportText;
            form.signer = signer;
            long id = reportFor == null ? -1 : reportFor;
            switch (reportKind == null ? "" : reportKind) {
                case "UPDATE" -> incidents.fileUpdate(id, form);
                case "FINAL" -> incidents.fileFinal(id, form);
                default -> {
                    UrgentIncidents.Standing standing = incidents.fileWritten(id, form);
                    if (standing.incident().lateMinutes() != null) {
                        FacesNotices.done(faces, "urgent.written.late", standing.incident().lateMinutes());
                    }
                }
            }
            FacesNotices.done(faces, "urgent.reported");
            reportText = null;
            rows = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String rowClass(UrgentIncidents.Standing row) {
        if (row.overdue()) {
            return "gk-overdue";
        }
        return row.minutesLeft() != null && row.minutesLeft() <= 30 ? "gk-due-soon" : "";
    }

    public String time(java.time.Instant at) {
        return UrgentWeb.minute(at);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(UrgentClock.BEIJING)).truncatedTo(ChronoUnit.MINUTES);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDateTime getOccurredAt() {
        if (occurredAt == null) {
            occurredAt = now();
        }
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LocalDateTime getLearnedAt() {
        if (learnedAt == null) {
            learnedAt = now();
        }
        return learnedAt;
    }

    public void setLearnedAt(LocalDateTime learnedAt) {
        this.learnedAt = learnedAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCasualties() {
        return casualties;
    }

    public void setCasualties(String casualties) {
        this.casualties = casualties;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getLeadersOnSite() {
        return leadersOnSite;
    }

    public void setLeadersOnSite(String leadersOnSite) {
        this.leadersOnSite = leadersOnSite;
    }

    public Long getReportFor() {
        return reportFor;
    }

    public void setReportFor(Long reportFor) {
        this.reportFor = reportFor;
    }

    public String getReportKind() {
        return reportKind;
    }

    public void setReportKind(String reportKind) {
        this.reportKind = reportKind;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }
}
