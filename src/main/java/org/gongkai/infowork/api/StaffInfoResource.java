package org.gongkai.infowork.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.infowork.boundary.Commissions;
import org.gongkai.infowork.boundary.InfoCommands;
import org.gongkai.infowork.boundary.InfoItems;
import org.gongkai.infowork.boundary.InfoPublications;
import org.gongkai.infowork.boundary.InfoRules;
import org.gongkai.infowork.boundary.InfoScores;
import org.gongkai.infowork.boundary.ScoreLedger;
import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.ItemStatus;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The information work (政务信息报送与考评) under {@code /api/v1/staff/info}: units' officers
 * (INFO_OFFICER) draft and submit items and report feedback; the office (INFO_EDITOR) decides,
 * compiles issues, records upward adoptions and instructions, commissions articles; the
 * administrator sets publications and the year's rules. The boundaries check roles and units.
 */
@Path("staff/info")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffInfoResource {

    static final String ISSUES = "/api/v1/staff/info/issues/";

    @Inject
    InfoItems items;

    @Inject
    InfoPublications publications;

    @Inject
    Commissions commissions;

    @Inject
    InfoRules rules;

    @Inject
    InfoScores scores;

    @Inject
    ScoreLedger ledger;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- items

    @POST
    @Path("items")
    @Operation(summary = "起草信息 / draft an item (INFO_OFFICER)")
    public Response draft(InfoCommands.Draft form) {
        RequestBodies.require(form);
        InfoItem item = items.draft(form);
        return Response.status(Response.Status.CREATED).entity(new InfoDtos.IdStatusDto(item.id(), item.status().name())).build();
    }

    @PUT
    @Path("items/{id: [0-9]{1,18}}")
    @Operation(summary = "修改草稿或退回的信息 / edit a draft or a returned item (INFO_OFFICER)")
    public InfoDtos.ItemDto edit(@PathParam("id") long id, InfoCommands.Draft form) {
        RequestBodies.require(form);
        return InfoDtos.ItemDto.of(items.edit(id, form), null, false);
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/submit")
    @Operation(summary = "审签后报送 / submit, with the unit head who signed it (INFO_OFFICER)")
    public InfoDtos.IdStatusDto submit(@PathParam("id") long id, InfoCommands.Submit form) {
        RequestBodies.require(form);
        InfoItem item = items.submit(id, form);
        return new InfoDtos.IdStatusDto(item.id(), item.status().name());
    }

    @GET
    @Path("items")
    @Operation(summary = "信息列表（status、organ、year、month、page、size）/ items: the unit's own, or every unit's for the office")
    public List<InfoDtos.ItemDto> list(@QueryParam("status") String status, @QueryParam("organ") String organ,
                                       @QueryParam("year") Integer year, @QueryParam("month") Integer month,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ItemStatus wanted = status == null || status.isBlank() ? null : enumOf(ItemStatus.class, "status", status);
        int p = page == null ? 1 : page;
        int s = size == null ? 100 : size;
        if (p < 1 || p > 100_000 || s < 1 || s > 500) {
            throw new InvalidInputException("invalid_input", Map.of("size", "页码须为正整数，每页1至500条"));
        }
        return items.list(wanted, organ, year, month, p, s).stream().map(InfoDtos.ItemDto::of).toList();
    }

    @GET
    @Path("items/{id: [0-9]{1,18}}")
    @Operation(summary = "信息详情：原稿与采用稿、上级采用、批示、重复、办理记录 / one item with its history")
    public InfoDtos.ItemDetailDto detail(@PathParam("id") long id) {
        InfoItems.Detail detail = items.detail(id);
        return new InfoDtos.ItemDetailDto(InfoDtos.ItemDto.of(detail.item(), detail.points(), !detail.duplicates().isEmpty()),
                detail.upwards().stream().map(InfoDtos.UpwardDto::of).toList(),
                detail.instructions().stream().map(i -> InfoDtos.InstructionDto.of(i, items.overdue(i))).toList(),
                detail.duplicates(), detail.history().stream().map(InfoDtos.EventDto::of).toList());
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/return")
    @Operation(summary = "退回修改 / return with a reason (INFO_EDITOR)")
    public InfoDtos.IdStatusDto returnItem(@PathParam("id") long id, InfoCommands.Reason form) {
        RequestBodies.require(form);
        InfoItem item = items.returnItem(id, form);
        return new InfoDtos.IdStatusDto(item.id(), item.status().name());
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/decline")
    @Operation(summary = "不采用（存档，仍计报送）/ decline (INFO_EDITOR)")
    public InfoDtos.IdStatusDto decline(@PathParam("id") long id, InfoCommands.Reason form) {
        RequestBodies.require(form);
        InfoItem item = items.decline(id, form);
        return new InfoDtos.IdStatusDto(item.id(), item.status().name());
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/adopt")
    @Operation(summary = "采用（单条或综合，附编辑后文本）/ adopt into a publication (INFO_EDITOR)")
    public InfoDtos.IdStatusDto adopt(@PathParam("id") long id, InfoCommands.Adopt form) {
        RequestBodies.require(form);
        InfoItem item = items.adopt(id, form);
        return new InfoDtos.IdStatusDto(item.id(), item.status().name());
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/upward")
    @Operation(summary = "上级刊物采用（直报或转报）/ adopted by a higher level (INFO_EDITOR)")
    public Response upward(@PathParam("id") long id, InfoCommands.UpwardAdoption form) {
        RequestBodies.require(form);
        return Response.status(Response.Status.CREATED).entity(InfoDtos.UpwardDto.of(items.upward(id, form))).build();
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/instructions")
    @Operation(summary = "领导批示 / a leader's instruction (INFO_EDITOR)")
    public Response instruct(@PathParam("id") long id, InfoCommands.InstructionRecord form) {
        RequestBodies.require(form);
        var instruction = items.instruct(id, form);
        return Response.status(Response.Status.CREATED).entity(InfoDtos.InstructionDto.of(instruction, items.overdue(instruction))).build();
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/instructions/{iid: [0-9]{1,18}}/feedback")
    @Operation(summary = "批示落实反馈 / the unit's feedback on an instruction (INFO_OFFICER)")
    public InfoDtos.InstructionDto feedback(@PathParam("id") long id, @PathParam("iid") long instruction,
                                            InfoCommands.Feedback form) {
        RequestBodies.require(form);
        var done = items.feedback(id, instruction, form);
        return InfoDtos.InstructionDto.of(done, items.overdue(done));
    }

    @GET
    @Path("instructions")
    @Operation(summary = "待反馈的批示 / instructions awaiting feedback (the unit's, or all for the office)")
    public List<InfoDtos.InstructionDto> awaiting() {
        return items.awaitingFeedback().stream().map(i -> InfoDtos.InstructionDto.of(i, items.overdue(i))).toList();
    }

    // ---------------------------------------------------------------- publications and issues

    @GET
    @Path("publications")
    @Operation(summary = "刊物 / the publications")
    public List<InfoDtos.PublicationDto> publications() {
        return publications.all().stream().map(InfoDtos.PublicationDto::of).toList();
    }

    @POST
    @Path("publications")
    @Operation(summary = "新增或修改刊物 / add or change a publication (ADMIN)")
    public Response savePublication(InfoCommands.PublicationRecord form) {
        RequestBodies.require(form);
        return Response.status(Response.Status.CREATED).entity(InfoDtos.PublicationDto.of(publications.save(form))).build();
    }

    @POST
    @Path("issues")
    @Operation(summary = "编发一期 / compile an issue from adopted items (INFO_EDITOR)")
    public Response compile(InfoCommands.IssueRecord form) {
        RequestBodies.require(form);
        return Response.status(Response.Status.CREATED).entity(InfoDtos.IssueDto.of(publications.compile(form), ISSUES)).build();
    }

    @GET
    @Path("issues")
    @Operation(summary = "某年各期 / the issues of a year")
    public List<InfoDtos.IssueDto> issues(@QueryParam("year") Integer year) {
        return publications.issues(year == null ? thisYear() : year).stream()
                .map(issue -> InfoDtos.IssueDto.of(issue, List.of(), ISSUES)).toList();
    }

    @GET
    @Path("issues/{id: [0-9]{1,18}}")
    @Operation(summary = "一期 / one issue")
    public InfoDtos.IssueDto issue(@PathParam("id") long id) {
        return InfoDtos.IssueDto.of(publications.issue(id), ISSUES);
    }

    @GET
    @Path("issues/{id: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "一期的PDF（红头）/ the issue as a PDF")
    public Response issuePdf(@PathParam("id") long id) {
        return pdf(scores.issuePdf(id), "issue-" + id + ".pdf");
    }

    // ---------------------------------------------------------------- commissions

    @POST
    @Path("commissions")
    @Operation(summary = "约稿 / commission an article (INFO_EDITOR)")
    public Response commission(InfoCommands.CommissionRecord form) {
        RequestBodies.require(form);
        return Response.status(Response.Status.CREATED).entity(InfoDtos.CommissionDto.of(commissions.commission(form))).build();
    }

    @GET
    @Path("commissions")
    @Operation(summary = "约稿及各单位完成情况 / commissions with each unit's standing")
    public List<InfoDtos.CommissionDto> commissions(@QueryParam("year") Integer year) {
        return commissions.list(year).stream().map(InfoDtos.CommissionDto::of).toList();
    }

    @POST
    @Path("commissions/close-overdue")
    @Operation(summary = "标记逾期未报的约稿（每晚亦自动执行）/ mark missed commissions now (INFO_EDITOR)")
    public InfoDtos.ClosedDto closeOverdue() {
        return new InfoDtos.ClosedDto(commissions.closeOverdue());
    }

    // ---------------------------------------------------------------- rules, scores, awards

    @GET
    @Path("rules/{year: [0-9]{4}}")
    @Operation(summary = "年度计分规则 / the year's scoring rules")
    public Response rules(@PathParam("year") int year) {
        InfoRules.Versioned current = rules.current(year);
        return Response.ok(current.rules().toJsonObject(current.version()).toString()).build();
    }

    @PUT
    @Path("rules/{year: [0-9]{4}}")
    @Operation(summary = "设定年度计分规则（新版本，重算全年）/ set the year's rules (ADMIN)")
    public Response setRules(@PathParam("year") int year, String json) {
        InfoRules.Versioned set = rules.set(year, json);
        return Response.ok(set.rules().toJsonObject(set.version()).toString()).build();
    }

    @GET
    @Path("scores")
    @Operation(summary = "得分排名（year、month）/ the ranking")
    public List<InfoDtos.ScoreDto> scores(@QueryParam("year") Integer year, @QueryParam("month") Integer month) {
        return scores.ranking(year == null ? thisYear() : year, month).stream().map(InfoDtos.ScoreDto::of).toList();
    }

    @GET
    @Path("scores/{organ: [0-9A-Za-z]{9,18}}/ledger")
    @Operation(summary = "单位得分明细 / every point of a unit with its cause")
    public List<InfoDtos.LedgerDto> ledger(@PathParam("organ") String organ, @QueryParam("year") Integer year) {
        return ledger.ledgerOf(organ, year == null ? thisYear() : year).stream().map(InfoDtos.LedgerDto::of).toList();
    }

    @GET
    @Path("scores/{year: [0-9]{4}}/bulletin.pdf")
    @Produces("application/pdf")
    @Operation(summary = "通报（年度或 month 月度）/ the bulletin as a PDF")
    public Response bulletin(@PathParam("year") int year, @QueryParam("month") Integer month) {
        return pdf(scores.bulletin(year, month), "bulletin-" + year + (month == null ? "" : "-" + month) + ".pdf");
    }

    @GET
    @Path("awards")
    @Operation(summary = "年度评先候选 / the year's award candidates")
    public List<InfoDtos.CandidateDto> awards(@QueryParam("year") Integer year) {
        return scores.awards(year == null ? thisYear() : year).stream().map(InfoDtos.CandidateDto::of).toList();
    }

    @POST
    @Path("urgent-faults")
    @Operation(summary = "登记紧急信息迟报、漏报、瞒报、误报（扣分）/ record an urgent-information fault (INFO_EDITOR)")
    public InfoDtos.FaultDto fault(InfoCommands.FaultRecord form) {
        RequestBodies.require(form);
        if (form.incident == null || form.year == null) {
            throw new InvalidInputException("invalid_input", Map.of(form.incident == null ? "incident" : "year", "请填写"));
        }
        return new InfoDtos.FaultDto(items.recordFault(form));
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
    }

    private static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid_input", Map.of(field, "取值无效"));
        }
    }
}
