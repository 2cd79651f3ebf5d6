package org.gongkai.urgent.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.urgent.boundary.UrgentCommands;
import org.gongkai.urgent.boundary.UrgentIncidents;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The office's duty board ({@code /staff/urgent-board}, INFO_EDITOR): the open incidents of every
 * unit by deadline, with the minutes left, overdue ones marked; it refreshes itself (p:poll). The
 * duty desk logs phone reports here.
 */
@Named
@ViewScoped
public class UrgentBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UrgentIncidents incidents;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    private transient List<UrgentIncidents.Standing> rows;
    private Long phoneFor;
    private String caller;
    private String receivedBy;
    private LocalDateTime phoneAt;

    public List<UrgentIncidents.Standing> getRows() {
        if (rows == null) {
            rows = incidents.list(true);
        }
        return rows;
    }

    /** Re-reads the board (the poll). */
    public void refresh() {
        rows = null;
    }

    public String rowClass(UrgentIncidents.Standing row) {
        if (row.overdue()) {
            return "gk-overdue";
        }
        return row.minutesLeft() != null && row.minutesLeft() <= 30 ? "gk-due-soon" : "";
    }

    public String logPhone() {
        try {
            UrgentCommands.Phone form = new UrgentCommands.Phone();
            form.caller = caller;
            form.receivedBy = receivedBy;
            form.at = phoneAt == null ? null : UrgentWeb.instant(phoneAt);
            incidents.logPhone(phoneFor == null ? -1 : phoneFor, form);
            FacesNotices.done(faces, "urgent.phone.logged");
            caller = null;
            receivedBy = null;
            phoneAt = null;
            rows = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public Long getPhoneFor() {
        return phoneFor;
    }

    public void setPhoneFor(Long phoneFor) {
        this.phoneFor = phoneFor;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public LocalDateTime getPhoneAt() {
        return phoneAt;
    }

    public void setPhoneAt(LocalDateTime phoneAt) {
        this.phoneAt = phoneAt;
    }

    public String time(java.time.Instant at) {
        return UrgentWeb.minute(at);
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock.withZone(org.gongkai.urgent.control.UrgentClock.BEIJING));
    }
}
