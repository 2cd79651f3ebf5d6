package org.gongkai.request.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.control.Messages;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.platform.web.ClientAddresses;
import org.gongkai.request.boundary.ApplicantAccess;
import org.gongkai.request.control.LetterPdf;
import org.gongkai.request.control.Masks;
import org.gongkai.request.control.ReplyLetters;
import org.gongkai.request.entity.Applicant;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The applicant's page ({@code /track}): with the tracking code and passcode, the request's status,
 * due date, the steps taken, the correction asked for (and the form to send it), and the released
 * reply letter to read and download. Personal data is shown masked.
 */
@Named
@ViewScoped
public class TrackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicantAccess access;

    @Inject
    transient ClientAddresses addresses;

    @Inject
    transient FacesContext faces;

    private String trackingCode;
    private String passcode;
    private String supplement;
    private boolean verified;
    private transient ApplicantAccess.View view;

    public String open() {
        try {
            view = access.view(trackingCode, passcode, address());
            verified = true;
        } catch (RuntimeException e) {
            verified = false;
            show(e);
        }
        return null;
    }

    public String sendSupplement() {
        try {
            view = access.supplement(trackingCode, passcode, supplement, address());
            supplement = null;
            FacesNotices.done(faces, "track.supplement.done");
        } catch (RuntimeException e) {
            show(e);
        }
        return null;
    }

    public StreamedContent getLetterPdf() {
        ApplicantAccess.View released = access.released(trackingCode, passcode, address());
        byte[] pdf = LetterPdf.render(ReplyLetters.delivered(released.letter().letter(), released.request()));
        return DefaultStreamedContent.builder()
                .name("reply-" + released.request().trackingCode() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    /** One file the released letter delivers, streamed after checking the code and passcode again. */
    public StreamedContent file(long id) {
        ApplicantAccess.Download download = access.releasedFile(trackingCode, passcode, address(), id);
        return DefaultStreamedContent.builder()
                .name(download.file().fileName())
                .contentType(download.file().mediaType())
                .contentLength((long) download.content().length)
                .stream(() -> new ByteArrayInputStream(download.content()))
                .build();
    }

    public ApplicantAccess.View getView() {
        if (verified && view == null) {
            view = access.view(trackingCode, passcode, address());
        }
        return verified ? view : null;
    }

    /** The paragraphs of the released letter, for reading on the page. */
    public List<String> getLetterParagraphs() {
        ApplicantAccess.View current = getView();
        return current == null || current.letter() == null ? List.of()
                : ReplyLetters.parse(current.letter().letter()).paragraphs();
    }

    /** The letter's salutation: the applicant's name as filed (an official letter names its addressee). */
    public String getLetterSalutation() {
        ApplicantAccess.View current = getView();
        return current == null || current.letter() == null ? ""
                : ReplyLetters.delivered(current.letter().letter(), current.request()).salutation();
    }

    public String getLetterSignature() {
        ApplicantAccess.View current = getView();
        if (current == null || current.letter() == null) {
            return "";
        }
        var letter = ReplyLetters.parse(current.letter().letter());
        return letter.signature() + "　" + letter.date();
    }

    public String getMaskedName() {
        return masked().name() == null ? "" : Masks.name(masked().name());
    }

    public String getMaskedContact() {
        Applicant a = masked();
        StringBuilder out = new StringBuilder();
        for (String part : new String[]{Masks.phone(a.phone()), Masks.email(a.email()), Masks.address(a.address())}) {
            if (part != null) {
                out.append(out.isEmpty() ? "" : "，").append(part);
            }
        }
        return out.toString();
    }

    private Applicant masked() {
        return getView().request().applicant();
    }

    private String address() {
        return addresses.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    private void show(RuntimeException failure) {
        Throwable cause = failure;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof GongkaiException refused)) {
            throw failure;
        }
        var locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.error(refused.code(), locale, refused.arguments()), null));
        refused.fields().values().forEach(problem ->
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null)));
    }

    public boolean isVerified() {
        return verified;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }

    public String getPasscode() {
        return passcode;
    }

    public void setPasscode(String passcode) {
        this.passcode = passcode;
    }

    public String getSupplement() {
        return supplement;
    }

    public void setSupplement(String supplement) {
        this.supplement = supplement;
    }
}
