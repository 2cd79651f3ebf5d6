package org.gongkai.catalogue.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.catalogue.boundary.CatalogueSearch;
import org.gongkai.catalogue.boundary.CataloguePublic.Published;
import org.gongkai.catalogue.entity.CatalogueAttachment;
import org.gongkai.platform.entity.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Map;

/** The public catalogue: published entries only; anything else is 404 (Art. 24: search, view, download). */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    CataloguePublic catalogue;

    @Inject
    CatalogueSearch search;

    @GET
    @Operation(summary = "公开目录：浏览与检索 / browse and search the published catalogue")
    public CataloguePageDto list(@QueryParam("q") String q, @QueryParam("organ") String organ,
                                 @QueryParam("subject") String subject, @QueryParam("genre") String genre,
                                 @QueryParam("year") Integer year, @QueryParam("validity") String validity,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInputException("invalid_input", Map.of("page", "页码须在 0 至 10000 之间"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("invalid_input", Map.of("size", "每页条数须在 1 至 100 之间"));
        }
        if (q != null && q.length() > 100) {
            throw new InvalidInputException("invalid_input", Map.of("q", "检索词不超过100字"));
        }
        var filter = new CataloguePublic.Filter(blankToNull(organ), blankToNull(subject), blankToNull(genre), year,
                blankToNull(validity));
        return search.search(q, filter, page, size);
    }

    @GET
    @Path("{organ}/{serial}")
    @Operation(summary = "公开目录：一条信息 / one published entry")
    public CatalogueEntryDto entry(@PathParam("organ") String organ, @PathParam("serial") String serial) {
        Published published = catalogue.get(organ + "/" + serial);
        return CatalogueEntryDto.of(published, catalogue.attachments(published));
    }

    @GET
    @Path("{organ}/{serial}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载附件 / download an attachment of a published entry")
    public Response attachment(@PathParam("organ") String organ, @PathParam("serial") String serial,
                               @PathParam("id") long id) {
        CatalogueAttachment attachment = catalogue.attachment(organ + "/" + serial, id);
        return Response.ok(attachment.content(), attachment.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
