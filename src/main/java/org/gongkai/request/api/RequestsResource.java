package org.gongkai.request.api;

import org.gongkai.platform.web.ClientAddresses;
import org.gongkai.request.boundary.RequestCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.request.boundary.ApplicantAccess;
import org.gongkai.request.boundary.RequestIntake;
import org.gongkai.request.control.LetterHtml;
import org.gongkai.request.control.LetterPdf;
import org.gongkai.request.control.ReplyLetters;

/**
 * The public side of requests: anyone files one without an account; the applicant
 * follows it with the tracking code and the passcode in {@code X-Passcode}. Nothing here is cached.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    RequestIntake intake;

    @Inject
    ApplicantAccess access;

    @Inject
    ClientAddresses addresses;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Operation(summary = "提交政府信息公开申请 / file a request (no account; rate-limited per client address)")
    public Response file(@Valid RequestCommand form, @Context UriInfo uri) {
        RequestBodies.require(form);
        RequestIntake.Filed filed = intake.file(form, addresses.of(servletRequest));
        return Response.created(uri.getAbsolutePathBuilder().path(filed.request().trackingCode()).build())
                .cacheControl(noStore())
                .entity(new RequestDtos.FiledDto(filed.request().trackingCode(), filed.passcode(),
                        filed.request().receivedOn(), filed.deadline().dueOn(), filed.request().status().name()))
                .build();
    }

    @GET
    @Path("{trackingCode}")
    @Operation(summary = "查询申请办理情况（请求头 X-Passcode）/ the applicant's view of their request")
    public Response view(@PathParam("trackingCode") String code, @HeaderParam("X-Passcode") String passcode) {
        return Response.ok(RequestDtos.ApplicantViewDto.of(access.view(code, passcode, addresses.of(servletRequest))))
                .cacheControl(noStore()).build();
    }

    @POST
    @Path("{trackingCode}/supplement")
    @Operation(summary = "提交补正后的申请（请求头 X-Passcode）/ the corrected application")
    public Response supplement(@PathParam("trackingCode") String code, @HeaderParam("X-Passcode") String passcode,
                               SupplementForm form) {
        RequestBodies.require(form);
        return Response.ok(RequestDtos.ApplicantViewDto.of(
                        access.supplement(code, passcode, form.description, addresses.of(servletRequest))))
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("{trackingCode}/letter.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "答复告知书（HTML，请求头 X-Passcode）/ the released reply letter as HTML")
    public Response letterHtml(@PathParam("trackingCode") String code, @HeaderParam("X-Passcode") String passcode) {
        ApplicantAccess.View view = access.released(code, passcode, addresses.of(servletRequest));
        return Response.ok(LetterHtml.render(ReplyLetters.delivered(view.letter().letter(), view.request())), "text/html;charset=UTF-8")
                .cacheControl(noStore())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @GET
    @Path("{trackingCode}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "答复告知书（PDF，请求头 X-Passcode）/ the released reply letter as PDF")
    public Response letterPdf(@PathParam("trackingCode") String code, @HeaderParam("X-Passcode") String passcode) {
        ApplicantAccess.View view = access.released(code, passcode, addresses.of(servletRequest));
        return Response.ok(LetterPdf.render(ReplyLetters.delivered(view.letter().letter(), view.request())), "application/pdf")
                .cacheControl(noStore())
                .header("Content-Disposition", "attachment; filename=\"reply-" + view.request().trackingCode() + ".pdf\"")
                .build();
    }

    @GET
    @Path("{trackingCode}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "随答复告知书提供的文件（请求头 X-Passcode）/ a file the released reply delivers")
    public Response attachment(@PathParam("trackingCode") String code, @PathParam("fileId") long fileId,
                               @HeaderParam("X-Passcode") String passcode) {
        ApplicantAccess.Download download = access.releasedFile(code, passcode, addresses.of(servletRequest), fileId);
        return Response.ok(download.content(), download.file().mediaType())
                .cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"file-" + download.file().id() + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(download.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        cache.setPrivate(true);
        return cache;
    }
}
