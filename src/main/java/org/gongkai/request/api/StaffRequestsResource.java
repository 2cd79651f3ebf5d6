package org.gongkai.request.api;

import org.gongkai.request.boundary.StaffCommands;
import org.gongkai.request.boundary.RequestCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.request.boundary.ReplyFiles;
import org.gongkai.request.boundary.RequestDailyChecks;
import org.gongkai.request.boundary.RequestHandling;
import org.gongkai.request.boundary.RequestIntake;
import org.gongkai.request.boundary.RequestQueue;
import org.gongkai.request.boundary.ReplyRelease;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.control.LetterHtml;
import org.gongkai.request.control.LetterPdf;
import org.gongkai.request.control.ReplyLetters;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.control.SupplementationItems;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ReplyFile;
import org.gongkai.request.entity.ReplyLetter;
import org.gongkai.request.entity.RequestStatus;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewTask;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officers' side of requests (OFFICER; extension decisions LEADER), for the officer's own organ
 * only: a request of another organ is 404. The boundary checks roles and states.
 */
@Path("staff/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffRequestsResource {

    @Inject
    RequestIntake intake;

    @Inject
    ReplyFiles replyFiles;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueue queue;

    @Inject
    ReviewTasks reviews;

    @POST
    @Operation(summary = "登记当面、邮寄或传真提交的申请 / register a request received in person, by post or fax")
    public Response register(@Valid RequestCommand form, @Context UriInfo uri) {
        RequestBodies.require(form);
        RequestIntake.Filed filed = intake.register(form);
        return Response.created(uri.getAbsolutePathBuilder().path(filed.request().trackingCode()).build())
                .cacheControl(RequestsResource.noStore())
                .entity(new RequestDtos.FiledDto(filed.request().trackingCode(), filed.passcode(),
                        filed.request().receivedOn(), filed.deadline().dueOn(), filed.request().status().name()))
                .build();
    }

    @GET
    @Operation(summary = "本机关申请队列（status、overdue、dueBefore、dueSoon、q；分页 page、size，总数见 X-Total-Count）"
            + " / the organ's queue, one page; the number of matching requests in X-Total-Count")
    public Response list(@QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                         @QueryParam("dueBefore") String dueBefore,
                         @QueryParam("dueSoon") Boolean dueSoon, @QueryParam("q") String q,
                         @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue("100") String size) {
        RequestStatus wanted = null;
        LocalDate before = null;
        try {
            wanted = status == null || status.isBlank() ? null : RequestStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid_input", Map.of("status", "状态须为："
                    + java.util.Arrays.stream(RequestStatus.values()).map(Enum::name).collect(Collectors.joining("、"))));
        }
        try {
            before = dueBefore == null || dueBefore.isBlank() ? null : LocalDate.parse(dueBefore.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid_input", Map.of("dueBefore", "日期格式为 yyyy-MM-dd"));
        }
        if (q != null && q.length() > 100) {
            throw new InvalidInputException("invalid_input", Map.of("q", "检索词不超过100字"));
        }
        int pageNumber = positive("page", page, Integer.MAX_VALUE / RequestQueue.MAX_PAGE_SIZE,
                "页码须为正整数");
        int pageSize = positive("size", size, RequestQueue.MAX_PAGE_SIZE,
                "每页条数须为 1 至 " + RequestQueue.MAX_PAGE_SIZE + " 的整数");
        RequestQueue.Page found = queue.queue(new RequestQueue.Filter(wanted, overdue, before, dueSoon, q),
                pageNumber, pageSize);
        return Response.ok(found.rows().stream().map(RequestDtos.QueueItemDto::of).toList())
                .header("X-Total-Count", found.total())
                .header("X-Page", found.page())
                .header("X-Page-Size", found.size())
                .build();
    }

    private static int positive(String field, String value, int max, String message) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("invalid_input", Map.of(field, message));
    }

    @GET
    @Path("extensions")
    @Operation(summary = "待审批的延期（LEADER）/ extensions waiting for a leader")
    public List<RequestDtos.ExtensionCaseDto> extensions() {
        return queue.extensionsToDecide().stream().map(row -> extensionCase(row.request(), row.deadline())).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "申请详情及办理记录 / the full request with its history")
    public RequestDtos.StaffRequestDto detail(@PathParam("code") String code) {
        return full(handling.get(code));
    }

    @POST
    @Path("{code}/supplementation")
    @Operation(summary = "补正告知（一次性告知，收到申请后7个工作日内）/ the one correction notice")
    public RequestDtos.StaffRequestDto supplementation(@PathParam("code") String code, StaffCommands.Supplementation form) {
        RequestBodies.require(form);
        return full(handling.requestSupplementation(code, form));
    }

    @POST
    @Path("{code}/supplement")
    @Operation(summary = "登记书面补正的申请 / record a corrected application received on paper")
    public RequestDtos.StaffRequestDto supplement(@PathParam("code") String code, StaffCommands.Supplement form) {
        RequestBodies.require(form);
        return full(handling.recordSupplement(code, form));
    }

    @POST
    @Path("{code}/consultations")
    @Operation(summary = "征求第三方意见 / consult a third party")
    public Response consult(@PathParam("code") String code, StaffCommands.ConsultationForm form, @Context UriInfo uri) {
        RequestBodies.require(form);
        Consultation consultation = handling.consult(code, form);
        return Response.created(uri.getAbsolutePathBuilder().path(consultation.id().toString()).build())
                .entity(RequestDtos.ConsultationDto.of(consultation, periods()))
                .build();
    }

    @POST
    @Path("{code}/consultations/{id}/close")
    @Operation(summary = "第三方答复 / the third party's answer")
    public RequestDtos.StaffRequestDto closeConsultation(@PathParam("code") String code, @PathParam("id") long id,
                                                         StaffCommands.ConsultationAnswer form) {
        RequestBodies.require(form);
        handling.closeConsultation(code, id, form);
        return full(handling.get(code));
    }

    @POST
    @Path("{code}/extension")
    @Operation(summary = "申请延期（不超过20个工作日，须负责人同意）/ ask for the extension")
    public RequestDtos.StaffRequestDto extension(@PathParam("code") String code, StaffCommands.Extension form) {
        RequestBodies.require(form);
        return full(handling.requestExtension(code, form));
    }

    @POST
    @Path("{code}/extension/approve")
    @Operation(summary = "同意延期（LEADER）/ a leader approves the extension")
    public RequestDtos.ExtensionCaseDto approveExtension(@PathParam("code") String code,
                                                         StaffCommands.ExtensionDecision form) {
        DisclosureRequest request = handling.approveExtension(code, form);
        return extensionCase(request, handling.deadlineOf(request));
    }

    @POST
    @Path("{code}/extension/refuse")
    @Operation(summary = "不同意延期（LEADER）/ a leader refuses the extension")
    public RequestDtos.ExtensionCaseDto refuseExtension(@PathParam("code") String code,
                                                        StaffCommands.ExtensionDecision form) {
        DisclosureRequest request = handling.refuseExtension(code, form);
        return extensionCase(request, handling.deadlineOf(request));
    }

    @POST
    @Path("{code}/fee")
    @Operation(summary = "收费通知（按件或按量）/ the fee notice: {method: PER_APPLICATION or PER_PAGE, pages}")
    public RequestDtos.FeeDto fee(@PathParam("code") String code, StaffCommands.Fee form) {
        RequestBodies.require(form);
        DisclosureRequest request = handling.noticeFee(code, form);
        return RequestDtos.fee(request, periods().feePaymentDue(request.feeNoticedOn()));
    }

    @POST
    @Path("{code}/fee/paid")
    @Operation(summary = "已缴费 / the fee is paid")
    public RequestDtos.StaffRequestDto feePaid(@PathParam("code") String code, StaffCommands.FeePaid form) {
        return full(handling.feePaid(code, form));
    }

    @POST
    @Path("{code}/reply")
    @Operation(summary = "起草答复告知书并送保密审查 / draft the reply letter; it reaches the applicant after the review approves it")
    public Response reply(@PathParam("code") String code, StaffCommands.Reply form, @Context UriInfo uri) {
        RequestBodies.require(form);
        RequestHandling.Drafted drafted = handling.draftReply(code, form);
        ReplyLetter reply = drafted.reply();
        return Response.created(uri.getBaseUriBuilder().path("staff/requests").path(code).path("replies")
                        .path(Integer.toString(reply.number())).build())
                .entity(replyDto(code, reply, drafted.reviewTaskId()))
                .build();
    }

    @POST
    @Path("{code}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "添加随告知书提供的文件（请求体为文件内容，name 为文件名）/ attach a file for the reply to deliver")
    public Response attach(@PathParam("code") String code, @QueryParam("name") String name, java.io.InputStream body) {
        byte[] bytes;
        try (java.io.InputStream in = body) {
            bytes = in.readNBytes(ReplyFiles.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("malformed_body");
        }
        if (bytes.length > ReplyFiles.MAX_BYTES) {
            throw new jakarta.ws.rs.WebApplicationException(413);
        }
        ReplyFile file = replyFiles.add(code, name, bytes);
        return Response.status(Response.Status.CREATED).entity(fileDto(code, file)).build();
    }

    @GET
    @Path("{code}/attachments")
    @Operation(summary = "随告知书提供的文件 / the files for the reply")
    public List<RequestDtos.FileDto> attachments(@PathParam("code") String code) {
        return replyFiles.list(code).stream().map(file -> fileDto(code, file)).toList();
    }

    @DELETE
    @Path("{code}/attachments/{id}")
    @Operation(summary = "删除随告知书提供的文件（审查中或已办结时不可）/ remove a file (not while the letter is in review)")
    public Response detach(@PathParam("code") String code, @PathParam("id") long id) {
        replyFiles.remove(code, id);
        return Response.noContent().build();
    }

    private static RequestDtos.FileDto fileDto(String code, ReplyFile file) {
        return new RequestDtos.FileDto(file.id(), file.fileName(), file.mediaType(), file.sizeBytes(), null);
    }

    @GET
    @Path("{code}/replies/{number}/letter.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "答复告知书预览（HTML）/ a drafted letter as HTML")
    public Response replyHtml(@PathParam("code") String code, @PathParam("number") int number) {
        ReplyLetter reply = handling.reply(code, number);
        return Response.ok(LetterHtml.render(ReplyLetters.parse(reply.letter())), "text/html;charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @GET
    @Path("{code}/replies/{number}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "答复告知书预览（PDF）/ a drafted letter as PDF")
    public Response replyPdf(@PathParam("code") String code, @PathParam("number") int number) {
        ReplyLetter reply = handling.reply(code, number);
        return Response.ok(LetterPdf.render(ReplyLetters.parse(reply.letter())), "application/pdf").build();
    }

    @POST
    @Path("daily-checks")
    @Operation(summary = "立即执行每日检查（逾期未补正、逾期未缴费、到期提醒）/ run the daily checks for the organ now")
    public RequestDailyChecks.Summary dailyChecks() {
        return handling.runDailyChecks();
    }

    private RequestDtos.StaffRequestDto full(DisclosureRequest request) {
        List<Consultation> consultations = handling.consultationsOf(request);
        Deadline deadline = handling.deadlineOf(request, consultations);
        ReplyPeriods periods = periods();
        Map<Long, Long> tasks = reviews.tasksOf(ReplyRelease.ITEM_TYPE, request.id()).stream()
                .collect(Collectors.toMap(ReviewTask::versionId, ReviewTask::id, (a, b) -> b));
        return new RequestDtos.StaffRequestDto(request.trackingCode(), request.organCode(), request.channel().name(),
                request.status().name(), RequestDtos.at(request.submittedAt()), request.registeredBy(),
                request.receivedOn(), request.firstReceivedOn(), deadline == null ? null : deadline.dueOn(),
                RequestDtos.DeadlineDto.of(deadline), org.gongkai.request.control.ReplyPeriods.late(request, deadline),
                RequestDtos.ApplicantDto.full(request.applicant()), request.description(), request.docNo(),
                new RequestDtos.DeliveryDto(request.deliveryFormat().name(), request.deliveryMethod().name()),
                RequestDtos.supplementation(request, SupplementationItems.of(request.supplementationItems())),
                consultations.stream().map(c -> RequestDtos.ConsultationDto.of(c, periods)).toList(),
                RequestDtos.ExtensionDto.of(request),
                RequestDtos.fee(request, request.feeNoticedOn() == null ? null : periods.feePaymentDue(request.feeNoticedOn())),
                handling.repliesOf(request).stream().map(r -> replyDto(request.trackingCode(), r, tasks.get(r.id()))).toList(),
                request.outcome() == null ? null : request.outcome().name(),
                request.outcomeReason() == null ? null : request.outcomeReason().name(), request.closedOn(),
                handling.historyOf(request).stream().map(RequestDtos.HistoryDto::of).toList());
    }

    private static RequestDtos.ReplyDto replyDto(String code, ReplyLetter reply, Long taskId) {
        String base = "/api/v1/staff/requests/" + code + "/replies/" + reply.number() + "/letter";
        return new RequestDtos.ReplyDto(reply.number(), reply.outcome().name(),
                reply.reason() == null ? null : reply.reason().name(), reply.referTo(), reply.state().name(),
                reply.draftedBy(), reply.draftedOn(), reply.releasedOn(), reply.contentHash(), taskId,
                base + ".html", base + ".pdf");
    }

    private RequestDtos.ExtensionCaseDto extensionCase(DisclosureRequest request, Deadline deadline) {
        return new RequestDtos.ExtensionCaseDto(request.trackingCode(), request.status().name(), request.description(),
                request.receivedOn(), deadline == null ? null : deadline.dueOn(), RequestDtos.ExtensionDto.of(request));
    }

    private ReplyPeriods periods() {
        return handling.periods();
    }
}
