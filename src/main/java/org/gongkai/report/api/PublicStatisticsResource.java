package org.gongkai.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.report.boundary.YearStatistics;
import org.gongkai.request.boundary.RequestStatistics;

/** The public figures of the requests of a year (all organs): received, answered, on time. No personal data. */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicStatisticsResource {

    @Inject
    YearStatistics statistics;

    @GET
    @Operation(summary = "依申请公开的公开数据：收到、办结、按期办结 / public figures of the requests")
    public JsonObject figures(@QueryParam("year") Integer year) {
        RequestStatistics.PublicFigures figures = statistics.publicFigures(year == null ? 0 : year);
        return Json.createObjectBuilder().add("year", figures.year()).add("received", figures.received())
                .add("answered", figures.answered()).add("answeredOnTime", figures.answeredOnTime()).build();
    }
}
