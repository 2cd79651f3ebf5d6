package org.gongkai.request.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.platform.web.ClientAddresses;
import org.gongkai.request.boundary.OrganDirectory;
import org.gongkai.request.boundary.RequestIntake;
import org.gongkai.request.boundary.SimilarPublished;
import org.gongkai.request.control.FilingReceipt;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public application form ({@code /apply}, Art. 29 of the OGI Regulations): who applies, what
 * information, in which form; while the description is written, published entries that look like
 * it (Art. 36(1): already public); on success the tracking code and passcode, shown once.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestIntake intake;

    @Inject
    transient Organs organs;

    @Inject
    transient SimilarPublished similar;

    @Inject
    transient ClientAddresses addresses;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    @Inject
    transient OrganDirectory organNames;

    private final RequestFields fields = new RequestFields();
    private List<OrganDto> organList;
    private List<SimilarPublished.Hit> hits = List.of();
    private FilingReceipt receipt;

    public String submit() {
        try {
            RequestIntake.Filed filed = intake.file(fields.toForm(false),
                    addresses.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            receipt = filed.receipt(organNames.nameOf(filed.request().organCode()), LocalDate.now(clock));
        } catch (RuntimeException e) {
            if (!FieldMessages.show(faces, e, "apply", FieldMessages.APPLICATION_FIELDS)) {
                throw e;
            }
        }
        return null;
    }

    /** Looks for published entries like the description (on leaving the field). */
    public void lookUp() {
        String description = fields.getDescription();
        hits = description == null || description.strip().length() < 4 ? List.of() : similar.find(description, 5);
    }

    public RequestFields getFields() {
        return fields;
    }

    public List<OrganDto> getOrgans() {
        if (organList == null) {
            organList = organs.all().stream().map(OrganDto::of).toList();
        }
        return organList;
    }

    public List<SimilarPublished.Hit> getHits() {
        return hits;
    }

    public FilingReceipt getReceipt() {
        return receipt;
    }

    /** The printable receipt (回执), with the passcode shown this once. */
    public StreamedContent getReceiptPdf() {
        return Receipts.download(receipt);
    }
}
