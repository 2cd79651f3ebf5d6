package org.gongkai.consult.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.consult.boundary.DeskHandling;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.util.List;

/**
 * The staff page of the desk ({@code /staff/messages}): the queue (the office sees every open
 * message, a unit those assigned to it, overdue first by due date), and the chosen message
 * ({@code ?id=}) with the office's actions (assign, invalid, extend) and the unit's answer.
 */
@Named
@ViewScoped
public class StaffMessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeskHandling handling;

    @Inject
    transient Organs organs;

    @Inject
    transient FacesContext faces;

    private Long id;
    private String organ;
    private String reason;
    private String duplicateOf;
    private Integer extension;
    private String answer;
    private transient DeskHandling.Detail detail;
    private transient List<DeskHandling.Queued> queue;

    public List<DeskHandling.Queued> getQueue() {
        if (queue == null) {
            queue = handling.queue(null, null);
        }
        return queue;
    }

    public DeskHandling.Detail getDetail() {
        if (detail == null && id != null) {
            try {
                detail = handling.get(id);
            } catch (RuntimeException e) {
                if (!FacesErrors.show(faces, e)) {
                    throw e;
                }
                id = null;
            }
        }
        return detail;
    }

    public String assign() {
        return act(() -> handling.assign(id, organ), "staffMessages.assigned");
    }

    public String invalid() {
        return act(() -> handling.invalid(id, reason, duplicateOf), "staffMessages.invalidated");
    }

    public String extend() {
        return act(() -> handling.extend(id, extension == null ? 0 : extension, reason), "staffMessages.extended");
    }

    public String reply() {
        return act(() -> handling.reply(id, answer), "staffMessages.replied");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            FacesNotices.done(faces, done);
            detail = null;
            queue = null;
            answer = null;
            reason = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public List<OrganDto> getOrgans() {
        return organs.all().stream().map(OrganDto::of).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(String duplicateOf) { this.duplicateOf = duplicateOf; }
    public Integer getExtension() { return extension; }
    public void setExtension(Integer extension) { this.extension = extension; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
