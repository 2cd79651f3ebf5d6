package org.gongkai.column.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.column.boundary.ColumnCommand;
import org.gongkai.column.boundary.SiteColumns;
import org.gongkai.column.boundary.SiteHealthReport;
import org.gongkai.column.boundary.SiteWarnings;
import org.gongkai.platform.api.RequestBodies;

import java.util.List;
import java.util.Map;

/** Columns set up by the administrator, articles by the editors, the site's health for editors, leaders and the administrator. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffColumnsResource {

    @Inject
    SiteColumns columns;

    @Inject
    SiteHealthReport health;

    @Inject
    SiteWarnings warnings;

    @POST
    @Path("columns")
    @Operation(summary = "新建栏目 / set up a column")
    public Response create(@Valid ColumnCommand form) {
        RequestBodies.require(form);
        return Response.status(201).entity(ColumnDtos.StaffColumnDto.of(columns.create(form))).build();
    }

    @PUT
    @Path("columns/{code}")
    @Operation(summary = "修改栏目 / change a column")
    public ColumnDtos.StaffColumnDto update(@PathParam("code") String code, @Valid ColumnCommand form) {
        RequestBodies.require(form);
        return ColumnDtos.StaffColumnDto.of(columns.update(code, form));
    }

    @POST
    @Path("columns/{code}/articles")
    @Operation(summary = "投稿，提交保密审查 / submit an article, to the confidentiality review")
    public Response submit(@PathParam("code") String code, @Valid ArticleForm form) {
        RequestBodies.require(form);
        return Response.status(201).entity(ColumnDtos.SubmittedDto.of(columns.submit(code, form.title, form.body,
                form.source))).build();
    }

    @GET
    @Path("site/health")
    @Operation(summary = "网站健康度：栏目更新情况与单项否决指标 / each column's standing and the inspection's veto lines")
    public ColumnDtos.HealthDto health() {
        return ColumnDtos.HealthDto.of(health.report());
    }

    @POST
    @Path("site/health/warnings")
    @Operation(summary = "立即发送到期的预警邮件 / send the warnings that are due now (they also run daily)")
    public Map<String, Integer> warn() {
        return Map.of("warnings", warnings.run());
    }
}
