package org.gongkai.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalogue.api.CatalogueEntryDto;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry's public page: the metadata block as government sites lay it out, the body and the
 * attachments; for a withdrawn entry only the notice of withdrawal (410); anything else 404.
 */
@Named
@RequestScoped
public class CatalogueEntryBacking {

    @Inject
    FacesContext faces;

    @Inject
    CataloguePublic catalogue;

    private Published published;
    private CatalogueEntryDto entry;

    /** Called by the view before rendering. */
    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        String indexNo = external.getRequestParameterMap().get("indexNo");
        Optional<Published> found = indexNo == null ? Optional.empty() : catalogue.find(indexNo);
        if (found.isEmpty()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            faces.responseComplete();
            return;
        }
        published = found.get();
        if (published.entry().isWithdrawn()) {
            ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_GONE);
            return;
        }
        entry = CatalogueEntryDto.of(published, catalogue.attachments(published));
    }

    public CatalogueEntryDto getEntry() {
        return entry;
    }

    /** 关键词 as the metadata block writes them: 招生、义务教育. */
    public String getKeywords() {
        return entry == null ? "" : String.join("、", entry.keywords());
    }

    /** What an attachment is and how large, in the reader's language: "PDF 文档，12.3 KB". */
    public String fileLabel(CatalogueEntryDto.AttachmentDto attachment) {
        return FileLabels.of(faces, attachment.mediaType(), attachment.size());
    }

    public boolean isWithdrawn() {
        return published != null && published.entry().isWithdrawn();
    }

    public String getIndexNo() {
        return published == null ? null : published.entry().indexNo();
    }

    public String getWithdrawnTitle() {
        return published == null ? null : published.version().title();
    }

    public LocalDate getWithdrawnOn() {
        return published == null ? null : published.entry().withdrawnOn();
    }

    public String getWithdrawalReason() {
        return published == null ? null : published.entry().withdrawalReason();
    }
}
