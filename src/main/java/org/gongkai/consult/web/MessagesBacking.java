package org.gongkai.consult.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.consult.boundary.MessageCommand;
import org.gongkai.consult.boundary.PublicDesk;
import org.gongkai.consult.control.DeskStatistics;
import org.gongkai.platform.web.ClientAddresses;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.util.List;

/**
 * The public desk's page ({@code /messages}): write a message (the query code and passcode are
 * shown once), read one's own message and answer with them and rate it, read the published answers
 * (searchable) and the year's figures.
 */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicDesk desk;

    @Inject
    transient Organs organs;

    @Inject
    transient ClientAddresses addresses;

    @Inject
    transient FacesContext faces;

    private MessageCommand form = new MessageCommand();
    private String writtenCode;
    private String writtenPasscode;
    private String code;
    private String passcode;
    private boolean verified;
    private Boolean satisfied;
    private String comment;
    private String q;
    private transient PublicDesk.WriterView view;
    private transient PublicDesk.Page page;

    public MessagesBacking() {
        form.kind = "CONSULTATION";
    }

    public String write() {
        try {
            PublicDesk.Written written = desk.write(form, address());
            writtenCode = written.message().queryCode();
            writtenPasscode = written.passcode();
            form = new MessageCommand();
            form.kind = "CONSULTATION";
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String open() {
        try {
            view = desk.view(code, passcode, address());
            verified = true;
        } catch (RuntimeException e) {
            verified = false;
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String rate() {
        try {
            if (satisfied == null) {
                FacesNotices.done(faces, "messages.rate.choose");
                return null;
            }
            view = desk.rate(code, passcode, satisfied, comment, address());
            FacesNotices.done(faces, "messages.rate.done");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String search() {
        page = null;
        return null;
    }

    public PublicDesk.WriterView getView() {
        if (verified && view == null) {
            view = desk.view(code, passcode, address());
        }
        return verified ? view : null;
    }

    public PublicDesk.Page getPublished() {
        if (page == null) {
            page = desk.published(null, q, false, 0, 20, address());
        }
        return page;
    }

    public List<DeskStatistics.Figures> getStatistics() {
        return desk.statistics(desk.thisYear());
    }

    public int getYear() {
        return desk.thisYear();
    }

    public List<PublicDesk.KindPeriod> getKinds() {
        return desk.kinds();
    }

    public List<OrganDto> getOrgans() {
        return organs.all().stream().map(OrganDto::of).toList();
    }

    public String organName(String organCode) {
        return desk.organName(organCode);
    }

    private String address() {
        return addresses.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public MessageCommand getForm() { return form; }
    public String getWrittenCode() { return writtenCode; }
    public String getWrittenPasscode() { return writtenPasscode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPasscode() { return passcode; }
    public void setPasscode(String passcode) { this.passcode = passcode; }
    public boolean isVerified() { return verified; }
    public Boolean getSatisfied() { return satisfied; }
    public void setSatisfied(Boolean satisfied) { this.satisfied = satisfied; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
