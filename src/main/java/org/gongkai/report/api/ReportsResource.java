package org.gongkai.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.report.boundary.AnnualReports;
import org.gongkai.report.control.ReportJson;

/**
 * The public column of annual reports: only versions the confidentiality review approved.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    AnnualReports reports;

    @GET
    @Operation(summary = "已公开的政府信息公开工作年度报告 / the published annual reports")
    public JsonArray published() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (AnnualReports.PublishedReport report : reports.published()) {
            list.add(Json.createObjectBuilder().add("organ", report.organCode()).add("organName", report.organName())
                    .add("year", report.year()).add("publishedOn", report.publishedOn().toString())
                    .add("url", "/reports?organ=" + report.organCode() + "&year=" + report.year()));
        }
        return list.build();
    }

    @GET
    @Path("{organ: [0-9A-Za-z]{9,18}}/{year: [0-9]{4}}")
    @Operation(summary = "一份已公开的年度报告 / one published annual report")
    public JsonObject report(@PathParam("organ") String organ, @PathParam("year") int year) {
        return ReportJson.write(reports.publishedReport(organ, year));
    }
}
