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
                                 @QueryParam("indexNo") String indexNo, @QueryParam("docNo") String docNo,
                                 @QueryParam("titleOnly") @DefaultValue("false") boolean titleOnly,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("sort") @DefaultValue("relevance") String sort,
                                 @QueryParam("column") String column,
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
        return search.search(q, filter, advanced(indexNo, docNo, titleOnly, from, to, sort, column), page, size);
    }

    /** The advanced search's criteria from the address, checked: dates as 2026-02-13, from not after to. */
    public static CataloguePublic.Advanced advanced(String indexNo, String docNo, boolean titleOnly, String from,
                                                    String to, String sort, String column) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        java.time.LocalDate fromDate = date(from, "from", problems);
        java.time.LocalDate toDate = date(to, "to", problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.put("from", "起始日期不能晚于截止日期");
        }
        if (sort != null && !sort.isBlank() && !"relevance".equals(sort) && !"date".equals(sort)) {
            problems.put("sort", "排序须为 relevance（相关度）或 date（日期）");
        }
        if ((indexNo != null && indexNo.length() > 40) || (docNo != null && docNo.length() > 100)) {
            problems.put(indexNo != null && indexNo.length() > 40 ? "indexNo" : "docNo", "不超过100字");
        }
        if (column != null && !column.isBlank() && !org.gongkai.catalogue.control.StatutoryColumns.exists(column.strip())) {
            problems.put("column", "法定主动公开内容栏目不存在");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        return new CataloguePublic.Advanced(blankToNull(indexNo), blankToNull(docNo), titleOnly, fromDate, toDate,
                "date".equals(sort), column == null || column.isBlank() ? null : column.strip());
    }

    private static java.time.LocalDate date(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.put(field, "日期格式须为 2026-02-13");
            return null;
        }
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
