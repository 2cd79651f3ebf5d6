package org.gongkai.request.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.request.boundary.RequestIntake;

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
    private ApplyBacking.Receipt receipt;

    public String register() {
        try {
            // an officer registers what the own organ received; the form has no organ to choose
            fields.setOrgan(currentStaff.get().organ().code());
            RequestIntake.Filed filed = intake.register(fields.toForm(true));
            receipt = new ApplyBacking.Receipt(filed.request().trackingCode(), filed.passcode(),
                    filed.request().receivedOn(), filed.deadline().dueOn(), filed.deadline().provisional());
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

    public ApplyBacking.Receipt getReceipt() {
        return receipt;
    }
}
