package org.gongkai.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.request.boundary.StaffCommands;
import org.gongkai.request.boundary.RequestHandling;


/** A leader's decision on an extension (Art. 33), from the queue page. */
@Named
@RequestScoped
public class LeaderExtensionsBacking {

    @Inject
    RequestHandling handling;

    @Inject
    FacesContext faces;

    private String note;

    public String approve(String code) {
        return decide(code, true);
    }

    public String refuse(String code) {
        return decide(code, false);
    }

    private String decide(String code, boolean approve) {
        StaffCommands.ExtensionDecision form = new StaffCommands.ExtensionDecision();
        form.note = note;
        try {
            if (approve) {
                handling.approveExtension(code, form);
            } else {
                handling.refuseExtension(code, form);
            }
            FacesNotices.doneBeforeRedirect(faces,
                    approve ? "request.done.extensionApproved" : "request.done.extensionRefused");
            return "/staff/requests?faces-redirect=true";
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
            return null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
