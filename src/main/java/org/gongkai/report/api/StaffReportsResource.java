package org.gongkai.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.report.boundary.AnnualReports;
import org.gongkai.report.boundary.CaseCommand;
import org.gongkai.report.boundary.YearStatistics;
import org.gongkai.report.control.ReportCsv;
import org.gongkai.report.control.ReportHtml;
import org.gongkai.report.control.ReportJson;
import org.gongkai.report.control.ReportPdf;
import org.gongkai.report.control.StatisticsCsv;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.LitigationCase;
import org.gongkai.report.entity.ReportSection;
import org.gongkai.report.entity.ReportTexts;
import org.gongkai.report.entity.Statistics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The annual report and the statistics for officers, leaders and administrators: the organ is the
 * caller's own unless an administrator names another or {@code ALL} (the whole government).
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffReportsResource {

    @Inject
    AnnualReports reports;

    @Inject
    YearStatistics statistics;

    @GET
    @Path("reports/annual/{year: [0-9]{4}}")
    @Operation(summary = "年度报告各表（JSON）/ the annual report's sections and tables, with the reconciliation")
    public Response report(@PathParam("year") int year, @QueryParam("organ") String organ) {
        AnnualReportData data = reports.generate(year, organ);
        JsonObject json = ReportJson.write(data);
        JsonObjectBuilder body = Json.createObjectBuilder(json).add("state", reports.state(year, organ));
        return Response.ok(body.build()).cacheControl(noStore()).build();
    }

    @GET
    @Path("reports/annual/{year: [0-9]{4}}.csv")
    @Produces("text/csv")
    @Operation(summary = "年度报告的一张表（CSV，table=2、3 或 4）/ one table of the annual report as CSV")
    public Response csv(@PathParam("year") int year, @QueryParam("organ") String organ,
                        @QueryParam("table") @DefaultValue("3") String table) {
        String number = switch (table) {
            case "2" -> "二";
            case "3" -> "三";
            case "4" -> "四";
            default -> throw new InvalidInputException("invalid_input", Map.of("table", "须为 2、3 或 4"));
        };
        AnnualReportData data = reports.generate(year, organ);
        ReportSection section = data.section(number);
        return Response.ok(ReportCsv.table(section.table()).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + "-table" + table + ".csv\"")
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("reports/annual/{year: [0-9]{4}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "年度报告（PDF）/ the annual report as PDF with the embedded Chinese font")
    public Response pdf(@PathParam("year") int year, @QueryParam("organ") String organ) {
        AnnualReportData data = reports.generate(year, organ);
        return Response.ok(ReportPdf.render(data), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".pdf\"")
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("reports/annual/{year: [0-9]{4}}.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "年度报告（HTML）/ the annual report as an HTML page")
    public Response html(@PathParam("year") int year, @QueryParam("organ") String organ) {
        AnnualReportData data = reports.generate(year, organ);
        return Response.ok(ReportHtml.page(data), "text/html;charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("reports/annual/{year: [0-9]{4}}/drafts")
    @Operation(summary = "一、五、六部分的参考稿 / drafts of sections 一, 五 and 六 with the year's figures")
    public Map<String, String> drafts(@PathParam("year") int year, @QueryParam("organ") String organ) {
        return reports.drafts(year, organ);
    }

    @PUT
    @Path("reports/annual/{year: [0-9]{4}}/texts")
    @Operation(summary = "保存一、五、六部分文字和第二部分填报数据 / save the texts and entered figures")
    public Response saveTexts(@PathParam("year") int year, @Valid TextsForm form) {
        RequestBodies.require(form);
        reports.saveTexts(year, new ReportTexts(form.overview, form.problems, form.otherMatters, form.licensing,
                form.penalties, form.enforcement, form.feesWan == null ? BigDecimal.ZERO : form.feesWan));
        return Response.noContent().build();
    }

    @GET
    @Path("reports/annual/{year: [0-9]{4}}/cases")
    @Operation(summary = "本年度行政复议、行政诉讼案件 / the year's reconsideration and litigation cases")
    public JsonObject cases(@PathParam("year") int year, @QueryParam("organ") String organ) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (LitigationCase c : reports.casesOf(year, organ)) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("id", c.id()).add("organ", c.organCode())
                    .add("request", c.requestCode()).add("kind", c.kind().name()).add("filedOn", c.filedOn().toString())
                    .add("result", c.result().name());
            if (c.decidedOn() == null) {
                one.addNull("decidedOn");
            } else {
                one.add("decidedOn", c.decidedOn().toString());
            }
            cases.add(one);
        }
        return Json.createObjectBuilder().add("cases", cases).build();
    }

    @POST
    @Path("reports/annual/cases")
    @Operation(summary = "登记行政复议或行政诉讼案件 / record a reconsideration or lawsuit against a request")
    public Response recordCase(@Valid CaseCommand form) {
        RequestBodies.require(form);
        long id = reports.recordCase(form);
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @POST
    @Path("reports/annual/{year: [0-9]{4}}/submit")
    @Operation(summary = "年度报告定稿送保密审查 / freeze the report and send it to the confidentiality review")
    public Response submit(@PathParam("year") int year) {
        AnnualReports.Submitted submitted = reports.submit(year);
        return Response.accepted(Json.createObjectBuilder().add("versionId", submitted.versionId())
                .add("reviewTaskId", submitted.reviewTaskId()).add("state", "IN_REVIEW").build()).build();
    }

    @GET
    @Path("statistics/{year: [0-9]{4}}")
    @Operation(summary = "年度统计（按月）/ the year's statistics by month")
    public JsonObject statistics(@PathParam("year") int year, @QueryParam("organ") String organ) {
        return StatisticsJson.write(statistics.of(year, organ));
    }

    @GET
    @Path("statistics/{year: [0-9]{4}}.csv")
    @Produces("text/csv")
    @Operation(summary = "年度统计（CSV）/ the year's statistics as CSV")
    public Response statisticsCsv(@PathParam("year") int year, @QueryParam("organ") String organ) {
        Statistics figures = statistics.of(year, organ);
        return Response.ok(StatisticsCsv.write(figures).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + year + ".csv\"")
                .cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return cache;
    }
}
