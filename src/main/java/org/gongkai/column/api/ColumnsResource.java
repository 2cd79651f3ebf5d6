package org.gongkai.column.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.column.boundary.SiteColumns;
import org.gongkai.platform.entity.InvalidInputException;

import java.util.List;
import java.util.Map;

/** The site's public columns and their published articles. */
@Path("columns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ColumnsResource {

    @Inject
    SiteColumns columns;

    @GET
    @Operation(summary = "网站栏目 / the site's columns")
    public List<ColumnDtos.ColumnDto> all() {
        return columns.all().stream().map(ColumnDtos.ColumnDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "栏目及其已发布文章 / a column and its published articles, newest first")
    public ColumnDtos.ColumnPageDto column(@PathParam("code") String code, @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInputException("invalid_input", Map.of("size", "page ≥ 0, size 1–100"));
        }
        return ColumnDtos.ColumnPageDto.of(columns.page(code, page, size));
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "已发布的文章 / a published article")
    public ColumnDtos.ArticleDto article(@PathParam("id") long id) {
        return ColumnDtos.ArticleDto.of(columns.article(id));
    }
}
