package org.gongkai.consult.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.consult.boundary.MessageCommand;
import org.gongkai.consult.boundary.PublicDesk;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.web.ClientAddresses;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public desk (答疑台): anyone writes without an account; the writer reads and rates with the
 * query code and the passcode in {@code X-Passcode}; everyone reads the published answers and the
 * figures. Nothing the writer reads is cached.
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @Inject
    PublicDesk desk;

    @Inject
    ClientAddresses addresses;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Operation(summary = "写留言（咨询、建议、投诉、纠错）/ write to the desk (no account; rate-limited per client address)")
    public Response write(@Valid MessageCommand form, @Context UriInfo uri) {
        RequestBodies.require(form);
        PublicDesk.Written written = desk.write(form, addresses.of(servletRequest));
        return Response.created(uri.getAbsolutePathBuilder().path(written.message().queryCode()).build())
                .cacheControl(noStore())
                .entity(new MessageDtos.WrittenDto(written.message().queryCode(), written.passcode(),
                        written.message().receivedOn(), written.message().dueOn()))
                .build();
    }

    @GET
    @Path("kinds")
    @Operation(summary = "留言类型及答复期限 / the kinds and their answer periods in working days")
    public List<MessageDtos.KindDto> kinds() {
        return desk.kinds().stream().map(MessageDtos.KindDto::of).toList();
    }

    @GET
    @Operation(summary = "公开的留言答复（可检索）/ the published questions and answers, searchable")
    public MessageDtos.PageDto published(@QueryParam("organ") String organ, @QueryParam("q") String q,
                                         @QueryParam("faq") @DefaultValue("false") boolean faq,
                                         @QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 100 || (q != null && q.length() > 100)) {
            throw new InvalidInputException("invalid_input", Map.of("size", "page ≥ 0, size 1–100, q ≤ 100"));
        }
        PublicDesk.Page result = desk.published(organ, q, faq, page, size, addresses.of(servletRequest));
        return new MessageDtos.PageDto(result.total(), result.items().stream().map(MessageDtos.PublishedDto::of).toList());
    }

    @GET
    @Path("stats")
    @Operation(summary = "留言办理统计（按机关）/ the desk's figures per organ for a year")
    public List<MessageDtos.StatsDto> stats(@QueryParam("year") Integer year) {
        int y = year == null ? desk.thisYear() : year;
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("invalid_input", Map.of("year", "年份无效"));
        }
        return desk.statistics(y).stream().map(MessageDtos.StatsDto::of).toList();
    }

    @GET
    @Path("{queryCode}")
    @Operation(summary = "查看本人留言及答复（请求头 X-Passcode）/ the writer's own message and answer")
    public Response view(@PathParam("queryCode") String code, @HeaderParam("X-Passcode") String passcode) {
        return Response.ok(MessageDtos.WriterDto.of(desk.view(code, passcode, addresses.of(servletRequest))))
                .cacheControl(noStore()).build();
    }

    @POST
    @Path("{queryCode}/rating")
    @Operation(summary = "评价答复（请求头 X-Passcode）；不满意可二次办理一次 / rate the answer")
    public Response rate(@PathParam("queryCode") String code, @HeaderParam("X-Passcode") String passcode,
                         @Valid RatingForm form) {
        RequestBodies.require(form);
        return Response.ok(MessageDtos.WriterDto.of(desk.rate(code, passcode, form.satisfied, form.comment,
                addresses.of(servletRequest)))).cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        cache.setPrivate(true);
        return cache;
    }
}
