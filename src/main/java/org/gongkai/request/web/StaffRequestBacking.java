package org.gongkai.request.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.request.boundary.StaffCommands;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.request.boundary.RequestHandling;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.control.LetterPdf;
import org.gongkai.request.control.ReplyLetters;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.control.SupplementationItems;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;
import org.gongkai.request.entity.ReplyLetter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * One request for its officers ({@code /staff/request?code=…}): everything about it, the
 * applicant's data in full, the deadline, the history, and the actions the law provides.
 */
@Named
@ViewScoped
public class StaffRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestHandling handling;

    @Inject
    transient FacesContext faces;

    @Inject
    transient org.gongkai.request.boundary.ReplyFiles replyFiles;

    private transient jakarta.servlet.http.Part file;
    private transient List<org.gongkai.request.entity.ReplyFile> files;

    private String code;
    private transient DisclosureRequest request;
    private transient List<Consultation> consultations;
    // read once per request of the page (the page uses each several times); dropped after an action
    private transient Deadline deadline;
    private transient List<ReplyLetter> replies;
    private transient List<AuditEvent> history;

    private String supplementationItems;
    private LocalDate supplementationDeadline;
    private LocalDate supplementationSentOn;
    private String supplementText;
    private LocalDate supplementReceivedOn;
    private String party;
    private LocalDate consultationSentOn;
    private LocalDate answeredOn;
    private boolean objection;
    private Integer extensionDays = ReplyPeriods.MAX_EXTENSION;
    private String extensionReason;
    private String feeMethod = "PER_APPLICATION";
    private Integer feePages;
    private String outcome = "GRANTED";
    private String reason;
    private String replyText;
    private String referTo;

    public void load() throws IOException {
        if (code == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        try {
            request();
        } catch (GongkaiException e) {
            faces.getExternalContext().responseSendError(e.httpStatus(), "");
            faces.responseComplete();
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof GongkaiException refused) {
                faces.getExternalContext().responseSendError(refused.httpStatus(), "");
                faces.responseComplete();
            } else {
                throw e;
            }
        }
    }

    private DisclosureRequest request() {
        if (request == null) {
            request = handling.get(code);
        }
        return request;
    }

    public DisclosureRequest getRequest() {
        return request();
    }

    public Deadline getDeadline() {
        if (deadline == null) {
            deadline = handling.deadlineOf(request(), getConsultations());
        }
        return deadline;
    }

    public List<Consultation> getConsultations() {
        if (consultations == null) {
            consultations = handling.consultationsOf(request());
        }
        return consultations;
    }

    public LocalDate answerDue(Consultation consultation) {
        return handling.periods().consultationAnswerDue(consultation.sentOn());
    }

    public List<ReplyLetter> getReplies() {
        if (replies == null) {
            replies = handling.repliesOf(request());
        }
        return replies;
    }

    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = handling.historyOf(request());
        }
        return history;
    }

    public List<String> getSupplementationItemList() {
        return SupplementationItems.of(request().supplementationItems());
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public OutcomeReason[] getReasons() {
        return OutcomeReason.values();
    }

    /** The latest letter's text, for reading on the page. */
    public List<String> paragraphsOf(ReplyLetter letter) {
        return ReplyLetters.parse(letter.letter()).paragraphs();
    }

    public StreamedContent pdfOf(ReplyLetter letter) {
        byte[] pdf = LetterPdf.render(ReplyLetters.delivered(letter.letter(), request()));
        return DefaultStreamedContent.builder()
                .name("reply-" + request().trackingCode() + "-" + letter.number() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public String requestSupplementation() {
        StaffCommands.Supplementation form = new StaffCommands.Supplementation();
        form.items = supplementationItems == null ? List.of() : Arrays.stream(supplementationItems.split("\\R")).toList();
        form.deadline = supplementationDeadline;
        form.sentOn = supplementationSentOn;
        return act(() -> handling.requestSupplementation(code, form), "request.done.supplementation");
    }

    public String recordSupplement() {
        StaffCommands.Supplement form = new StaffCommands.Supplement();
        form.description = supplementText;
        form.receivedOn = supplementReceivedOn;
        return act(() -> handling.recordSupplement(code, form), "request.done.supplement");
    }

    public String consult() {
        StaffCommands.ConsultationForm form = new StaffCommands.ConsultationForm();
        form.party = party;
        form.sentOn = consultationSentOn;
        return act(() -> handling.consult(code, form), "request.done.consultation");
    }

    public String closeConsultation(long id) {
        StaffCommands.ConsultationAnswer form = new StaffCommands.ConsultationAnswer();
        form.answeredOn = answeredOn;
        form.objection = objection;
        return act(() -> handling.closeConsultation(code, id, form), "request.done.consultationClosed");
    }

    public String requestExtension() {
        StaffCommands.Extension form = new StaffCommands.Extension();
        form.reason = extensionReason;
        form.workingDays = extensionDays;
        return act(() -> handling.requestExtension(code, form), "request.done.extension");
    }

    public String noticeFee() {
        StaffCommands.Fee form = new StaffCommands.Fee();
        form.method = feeMethod;
        form.pages = feePages;
        return act(() -> handling.noticeFee(code, form), "request.done.fee");
    }

    public String feePaid() {
        return act(() -> handling.feePaid(code, new StaffCommands.FeePaid()), "request.done.feePaid");
    }

    public String draftReply() {
        StaffCommands.Reply form = new StaffCommands.Reply();
        form.outcome = outcome;
        form.reason = reason;
        form.text = replyText;
        form.referTo = referTo;
        return act(() -> handling.draftReply(code, form), "request.done.reply");
    }

    /** The files the next reply letter delivers. */
    public List<org.gongkai.request.entity.ReplyFile> getFiles() {
        if (files == null) {
            files = replyFiles.list(code);
        }
        return files;
    }

    public String uploadFile() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        byte[] bytes;
        try (java.io.InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(org.gongkai.request.boundary.ReplyFiles.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = file.getSubmittedFileName();
        return act(() -> replyFiles.add(code, name, bytes), "request.done.fileAdded");
    }

    public String removeFile(long id) {
        return act(() -> replyFiles.remove(code, id), "request.done.fileRemoved");
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesNotices.doneBeforeRedirect(faces, doneKey);
            return "/staff/request?faces-redirect=true&code=" + code;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
            request = null;
            consultations = null;
            deadline = null;
            replies = null;
            history = null;
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSupplementationItems() {
        return supplementationItems;
    }

    public void setSupplementationItems(String supplementationItems) {
        this.supplementationItems = supplementationItems;
    }

    public LocalDate getSupplementationDeadline() {
        return supplementationDeadline;
    }

    public void setSupplementationDeadline(LocalDate supplementationDeadline) {
        this.supplementationDeadline = supplementationDeadline;
    }

    public String getSupplementText() {
        return supplementText;
    }

    public void setSupplementText(String supplementText) {
        this.supplementText = supplementText;
    }

    public LocalDate getSupplementReceivedOn() {
        return supplementReceivedOn;
    }

    public void setSupplementReceivedOn(LocalDate supplementReceivedOn) {
        this.supplementReceivedOn = supplementReceivedOn;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public LocalDate getConsultationSentOn() {
        return consultationSentOn;
    }

    public void setConsultationSentOn(LocalDate consultationSentOn) {
        this.consultationSentOn = consultationSentOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public boolean isObjection() {
        return objection;
    }

    public void setObjection(boolean objection) {
        this.objection = objection;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getFeeMethod() {
        return feeMethod;
    }

    public void setFeeMethod(String feeMethod) {
        this.feeMethod = feeMethod;
    }

    public Integer getFeePages() {
        return feePages;
    }

    public void setFeePages(Integer feePages) {
        this.feePages = feePages;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    /** The day the correction notice went out; empty means today. */
    public LocalDate getSupplementationSentOn() {
        return supplementationSentOn;
    }

    public void setSupplementationSentOn(LocalDate supplementationSentOn) {
        this.supplementationSentOn = supplementationSentOn;
    }

    /** Who acted, as a person reads it: the applicant and the portal itself by their role, staff by username. */
    public String actorLabel(String actor) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (RequestHandling.APPLICANT.equals(actor)) {
            return msg.getString("actor.applicant");
        }
        if (AuditLog.SYSTEM.equals(actor)) {
            return msg.getString("actor.system");
        }
        return actor;
    }
}
