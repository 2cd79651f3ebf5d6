package org.gongkai.request.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.request.boundary.RequestIntake;
import org.gongkai.request.control.FilingReceipt;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Registering an application that came by post, fax or in person ({@code /staff/request-register}),
 * with the receipt date the officer records (Art. 31); the passcode is shown once, for the
 * acknowledgement letter.
 */
@Named
@ViewScoped
public class StaffRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestIntake intake;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    @Inject
    transient CurrentStaff currentStaff;

    private final RequestFields fields = new RequestFields();
    private FilingReceipt receipt;

    public String register() {
        try {
            // an officer registers what the own organ received; the form has no organ to choose
            fields.setOrgan(currentStaff.get().organ().code());
            RequestIntake.Filed filed = intake.register(fields.toForm(true));
            receipt = filed.receipt(currentStaff.get().organ().name(), LocalDate.now(clock));
        } catch (RuntimeException e) {
            if (!FieldMessages.show(faces, e, "register", FieldMessages.APPLICATION_FIELDS)) {
                throw e;
            }
        }
        return null;
    }

    public RequestFields getFields() {
        if (fields.getReceivedOn() == null) {
            fields.setReceivedOn(LocalDate.now(clock));
        }
        return fields;
    }

    public FilingReceipt getReceipt() {
        return receipt;
    }

    /** The acknowledgement (回执) to hand or send to the applicant, with the passcode shown this once. */
    public StreamedContent getReceiptPdf() {
        return Receipts.download(receipt);
    }
}
