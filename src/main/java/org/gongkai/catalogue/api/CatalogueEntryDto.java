package org.gongkai.catalogue.api;

import org.gongkai.account.api.OrganDto;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;
import org.gongkai.catalogue.entity.CatalogueAttachment;

import java.time.LocalDate;
import java.util.List;

/** One published entry with its metadata block, body and attachment links as the API serves it. */
public record CatalogueEntryDto(String indexNo, String title, OrganDto organ, String docNo, LocalDate writtenOn,
                                LocalDate formedOn, LocalDate publishedOn, String subject, String genre,
                                String validity, List<String> keywords, String summary, String body,
                                String disclosureMode, List<AttachmentDto> attachments) {

    /** The public view of a published entry (or guide) with its attachments' download links. */
    public static CatalogueEntryDto of(Published published, List<CatalogueAttachment> attachments) {
        var entry = published.entry();
        var version = published.version();
        return new CatalogueEntryDto(entry.indexNo(), version.title(),
                new OrganDto(entry.organCode(), published.organName()), version.docNo(), version.writtenOn(),
                version.formedOn(), entry.publishedOn(), version.subject(), version.genre(), version.validity(),
                version.keywordList(), version.summary(), version.body(), version.disclosureMode(),
                attachments.stream().map(a -> new CatalogueEntryDto.AttachmentDto(a.id(), a.fileName(),
                        a.mediaType(), a.sizeBytes(),
                        "/api/v1/catalogue/" + entry.indexNo() + "/attachments/" + a.id())).toList());
    }

    /** A downloadable file. */
    public record AttachmentDto(long id, String fileName, String mediaType, long size, String url) {
    }
}
