package org.gongkai.catalogue.api;

import org.gongkai.account.api.OrganDto;

import java.time.LocalDate;
import java.util.List;

/** One published entry with its metadata block, body and attachment links (api.md). */
public record CatalogueEntryDto(String indexNo, String title, OrganDto organ, String docNo, LocalDate writtenOn,
                                LocalDate formedOn, LocalDate publishedOn, String subject, String genre,
                                String validity, List<String> keywords, String summary, String body,
                                String disclosureMode, List<AttachmentDto> attachments) {

    /** A downloadable file. */
    public record AttachmentDto(long id, String fileName, String mediaType, long size, String url) {
    }
}
