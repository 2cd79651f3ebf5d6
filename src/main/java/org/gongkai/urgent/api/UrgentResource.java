package org.gongkai.urgent.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.gongkai.urgent.boundary.UrgentCommands;
import org.gongkai.urgent.boundary.UrgentFaults;
import org.gongkai.urgent.boundary.UrgentIncidents;
import org.gongkai.urgent.boundary.UrgentMailAddresses;
import org.gongkai.urgent.boundary.UrgentReminderRound;
import org.gongkai.urgent.boundary.UrgentWindows;
import org.gongkai.urgent.entity.UrgentFault;
import org.gongkai.urgent.entity.UrgentInstruction;
import org.gongkai.urgent.entity.UrgentReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Urgent information (紧急信息): the unit's information officer reports, the office's duty desk and
 * information section (INFO_EDITOR) log, find faults and record leaders' instructions. Roles and
 * organ scoping are checked by the boundaries (another organ's incident is 404).
 */
@Path("staff/urgent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class UrgentResource {

    @Inject
    UrgentIncidents incidents;

    @Inject
    UrgentWindows windows;

    @Inject
    UrgentFaults faults;

    @Inject
    UrgentReminderRound reminders;

    @Inject
    UrgentMailAddresses addresses;

    @POST
    @Operation(summary = "报告突发事件（信息员）：即时得出书面报告时限 / report an incident; its deadline at once")
    public Response open(UrgentCommands.Incident form, @Context UriInfo uri) {
        RequestBodies.require(form);
        UrgentIncidents.Standing standing = incidents.open(form);
        return Response.created(uri.getAbsolutePathBuilder().path(standing.incident().id().toString()).build())
                .entity(UrgentDtos.IncidentDto.of(standing)).build();
    }

    @GET
    @Operation(summary = "突发事件列表（值班台：全部；信息员：本单位），按时限排序 / incidents by deadline")
    public List<UrgentDtos.IncidentDto> list(@QueryParam("open") String open) {
        boolean openOnly;
        if (open == null || open.isBlank()) {
            openOnly = false;
        } else if ("true".equalsIgnoreCase(open.strip()) || "false".equalsIgnoreCase(open.strip())) {
            openOnly = Boolean.parseBoolean(open.strip());
        } else {
            throw new InvalidInputException("invalid_input", Map.of("open", "须为 true 或 false"));
        }
        return incidents.list(openOnly).stream().map(UrgentDtos.IncidentDto::of).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "一件突发事件及其报告、问题、批示 / one incident")
    public UrgentDtos.DetailDto detail(@PathParam("id") long id) {
        return UrgentDtos.DetailDto.of(incidents.detail(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/phone")
    @Operation(summary = "值班台登记电话报告 / the duty desk logs the phone report")
    public UrgentDtos.IncidentDto phone(@PathParam("id") long id, UrgentCommands.Phone form) {
        RequestBodies.require(form);
        return UrgentDtos.IncidentDto.of(incidents.logPhone(id, form));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/written")
    @Operation(summary = "书面初报（时间以服务器为准；超时即迟报）/ the written first report, timed by the server")
    public UrgentDtos.WrittenDto written(@PathParam("id") long id, UrgentCommands.Written form) {
        RequestBodies.require(form);
        UrgentIncidents.Standing standing = incidents.fileWritten(id, form);
        return new UrgentDtos.WrittenDto(standing.incident().lateMinutes() != null, standing.incident().lateMinutes(),
                UrgentDtos.at(standing.incident().writtenAt()), UrgentDtos.IncidentDto.of(standing));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/updates")
    @Operation(summary = "续报 / a follow-up report")
    public Response update(@PathParam("id") long id, UrgentCommands.Written form) {
        RequestBodies.require(form);
        UrgentReport report = incidents.fileUpdate(id, form);
        return Response.status(201).entity(UrgentDtos.ReportDto.of(report)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/final")
    @Operation(summary = "终报 / the final report")
    public Response fileFinal(@PathParam("id") long id, UrgentCommands.Written form) {
        RequestBodies.require(form);
        UrgentReport report = incidents.fileFinal(id, form);
        return Response.status(201).entity(UrgentDtos.ReportDto.of(report)).build();
    }

    @POST
    @Path("missed")
    @Operation(summary = "登记漏报（办公室从其他渠道获知）/ an incident the office learned of elsewhere")
    public Response missed(UrgentCommands.Missed form, @Context UriInfo uri) {
        RequestBodies.require(form);
        UrgentIncidents.Standing standing = incidents.recordMissed(form);
        return Response.created(uri.getBaseUriBuilder().path("staff/urgent").path(standing.incident().id().toString())
                .build()).entity(UrgentDtos.IncidentDto.of(standing)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/finding")
    @Operation(summary = "认定瞒报或误报（须说明理由）/ record concealment or a false report, with the reason")
    public Response finding(@PathParam("id") long id, UrgentCommands.Finding form) {
        RequestBodies.require(form);
        UrgentFault fault = incidents.recordFinding(id, form);
        return Response.status(201).entity(UrgentDtos.FaultDto.of(fault)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/instructions")
    @Operation(summary = "登记领导批示（附反馈期限）/ a leader's instruction with its feedback date")
    public Response instruction(@PathParam("id") long id, UrgentCommands.Instruction form) {
        RequestBodies.require(form);
        UrgentInstruction instruction = incidents.recordInstruction(id, form);
        return Response.status(201).entity(UrgentDtos.InstructionDto.of(instruction)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/instructions/{iid: [0-9]{1,18}}/feedback")
    @Operation(summary = "反馈批示落实情况（信息员）/ the unit's feedback on an instruction")
    public UrgentDtos.InstructionDto feedback(@PathParam("id") long id, @PathParam("iid") long instructionId,
                                              UrgentCommands.Feedback form) {
        RequestBodies.require(form);
        return UrgentDtos.InstructionDto.of(incidents.giveFeedback(id, instructionId, form));
    }

    @GET
    @Path("faults")
    @Operation(summary = "某单位某年的紧急信息报送问题 / a unit's faults of a year")
    public List<UrgentDtos.FaultDto> faults(@QueryParam("organ") String organ, @QueryParam("year") String year) {
        if (organ == null || organ.isBlank()) {
            throw new InvalidInputException("invalid_input", Map.of("organ", "必填"));
        }
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid_input", Map.of("year", "须为年份，如 2026"));
        }
        return faults.faultsOf(organ.strip(), y).stream().map(UrgentDtos.FaultDto::of).toList();
    }

    @GET
    @Path("faults/{fid: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "一事一通报（PDF）/ the notice of one fault")
    public Response notice(@PathParam("fid") long faultId) {
        return Response.ok(faults.noticePdf(faultId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"urgent-notice-" + faultId + ".pdf\"").build();
    }

    @GET
    @Path("windows")
    @Operation(summary = "各等级书面报告时限及电话报告时限（分钟）/ the windows in minutes")
    public Map<String, Integer> windows() {
        return windowsJson(windows.read());
    }

    @PUT
    @Path("windows")
    @Operation(summary = "修改报告时限（系统管理员；只适用于此后报告的事件）/ change the windows (new incidents only)")
    public Map<String, Integer> changeWindows(Map<String, Integer> body) {
        RequestBodies.require(body);
        UrgentCommands.Windows command = new UrgentCommands.Windows();
        command.minutes = new LinkedHashMap<>(body);
        command.phoneFirst = command.minutes.remove("phoneFirst");
        return windowsJson(windows.change(command));
    }

    @PUT
    @Path("mail/{organ}")
    @Operation(summary = "设置单位接收紧急信息提醒的邮箱（系统管理员）/ the unit's reminder address")
    public Map<String, String> organMail(@PathParam("organ") String organ, Map<String, String> body) {
        RequestBodies.require(body);
        addresses.set(organ, body.get("address"));
        return Map.of("organ", organ, "address", body.get("address") == null ? "" : body.get("address").strip());
    }

    @POST
    @Path("reminders/run")
    @Operation(summary = "立即执行一轮提醒（每分钟自动执行）/ run the reminder round now")
    public Map<String, Integer> runReminders() {
        return Map.of("sent", reminders.runNow());
    }

    private static Map<String, Integer> windowsJson(UrgentWindows.Current current) {
        Map<String, Integer> json = new LinkedHashMap<>();
        for (org.gongkai.urgent.entity.Grade grade : org.gongkai.urgent.entity.Grade.values()) {
            json.put(grade.name(), current.minutesOf(grade));
        }
        json.put("phoneFirst", current.phoneFirst());
        return json;
    }
}
