package org.gongkai.consult.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.consult.boundary.DeskHandling;
import org.gongkai.consult.boundary.DeskWarnings;
import org.gongkai.consult.entity.MessageStatus;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * The staff side of the desk: the office (INFO_EDITOR) screens, assigns and extends; the assigned
 * unit's OFFICER or INFO_OFFICER answers. A unit's officer sees only the messages of their organ.
 */
@Path("staff/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffMessagesResource {

    @Inject
    DeskHandling handling;

    @Inject
    DeskWarnings warnings;

    @GET
    @Operation(summary = "留言办理队列 / the queue with due dates, working days left and overdue")
    public List<MessageDtos.QueuedDto> queue(@QueryParam("status") String status, @QueryParam("organ") String organ) {
        MessageStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = MessageStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid_input", Map.of("status", "RECEIVED、ASSIGNED、IN_REVIEW、ANSWERED 或 INVALID"));
            }
        }
        return handling.queue(parsed, organ).stream().map(MessageDtos.QueuedDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "留言详情（含留言人联系方式）/ one message with the writer's contact and the answers")
    public MessageDtos.DetailDto get(@PathParam("id") long id) {
        return MessageDtos.DetailDto.of(handling.get(id));
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "批分留言 / assign the message to a unit")
    public MessageDtos.QueuedDto assign(@PathParam("id") long id, @Valid MessageForms.AssignForm form) {
        RequestBodies.require(form);
        return MessageDtos.QueuedDto.of(handling.assign(id, form.organ));
    }

    @POST
    @Path("{id}/invalid")
    @Operation(summary = "不予受理（无效、重复）/ screen the message out with the reason")
    public MessageDtos.QueuedDto invalid(@PathParam("id") long id, @Valid MessageForms.InvalidForm form) {
        RequestBodies.require(form);
        return MessageDtos.QueuedDto.of(handling.invalid(id, form.reason, form.duplicateOf));
    }

    @POST
    @Path("{id}/extend")
    @Operation(summary = "延期答复一次（合计不超过15个工作日）/ the one extension")
    public MessageDtos.QueuedDto extend(@PathParam("id") long id, @Valid MessageForms.ExtendForm form) {
        RequestBodies.require(form);
        return MessageDtos.QueuedDto.of(handling.extend(id, form.workingDays, form.reason));
    }

    @POST
    @Path("{id}/reply")
    @Operation(summary = "起草答复，提交保密审查 / draft the answer, to the confidentiality review")
    public Response reply(@PathParam("id") long id, @Valid MessageForms.ReplyForm form) {
        RequestBodies.require(form);
        return Response.status(201).entity(MessageDtos.DraftedDto.of(handling.reply(id, form.text))).build();
    }

    @POST
    @Path("{id}/faq")
    @Operation(summary = "标记为常见问题 / mark as a frequent question")
    public MessageDtos.QueuedDto faq(@PathParam("id") long id, MessageForms.FaqForm form) {
        RequestBodies.require(form);
        return MessageDtos.QueuedDto.of(handling.faq(id, form.faq));
    }

    @POST
    @Path("daily-checks")
    @Operation(summary = "立即执行超期预警 / run the overdue warnings now (they also run daily)")
    public Map<String, Integer> dailyChecks() {
        return Map.of("warnings", warnings.run());
    }
}
