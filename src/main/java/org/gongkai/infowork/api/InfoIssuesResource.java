package org.gongkai.infowork.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.infowork.boundary.InfoPublications;
import org.gongkai.infowork.boundary.InfoScores;

import java.util.List;

/**
 * The issues of public information publications that passed the confidentiality review, for
 * everyone: nothing else of the information work is public.
 */
@Path("info/issues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InfoIssuesResource {

    static final String BASE = "/api/v1/info/issues/";

    @Inject
    InfoPublications publications;

    @GET
    @Operation(summary = "已公开的政务信息刊物 / published issues of public information publications")
    public List<InfoDtos.IssueDto> published() {
        return publications.published(50).stream().map(issue -> InfoDtos.IssueDto.of(issue, List.of(), BASE)).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "已公开的一期（PDF）/ a published issue as a PDF")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(InfoScores.publicPdf(publications.publishedIssue(id)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"issue-" + id + ".pdf\"")
                .build();
    }
}
