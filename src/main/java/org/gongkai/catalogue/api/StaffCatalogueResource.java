package org.gongkai.catalogue.api;

import org.gongkai.catalogue.boundary.CatalogueEntryCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
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
import org.gongkai.catalogue.boundary.CatalogueEditing;
import org.gongkai.catalogue.entity.CatalogueAttachment;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.platform.api.RequestBodies;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.review.boundary.ReviewTasks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Editors' side of the catalogue (EDITOR; the boundary checks the role and the organ). */
@Path("staff/catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffCatalogueResource {

    @Inject
    CatalogueEditing editing;

    @Inject
    ReviewTasks reviews;

    /** The answer to a write: which entry, which version, where it stands. */
    public record WriteResult(long id, int version, String status) {
    }

    /** The reason for a withdrawal. */
    public static class WithdrawalForm {
        public String reason;
    }

    @POST
    @Operation(summary = "起草目录信息 / draft a catalogue entry")
    public Response create(@Valid CatalogueEntryCommand form, @Context UriInfo uri) {
        RequestBodies.require(form);
        CatalogueVersion version = editing.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(version.entryId().toString()).build())
                .entity(result(version.entryId())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "修改目录信息 / change an entry (a published one gets a new version)")
    public WriteResult update(@PathParam("id") long id, @Valid CatalogueEntryCommand form) {
        RequestBodies.require(form);
        editing.update(id, form);
        return result(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "送保密审查 / send the working version to the confidentiality review")
    public WriteResult submit(@PathParam("id") long id) {
        editing.submit(id);
        return result(id);
    }

    @POST
    @Path("{id}/mask")
    @Operation(summary = "应用脱敏建议 / apply the masking suggestions for personal data (a new version once published)")
    public WriteResult mask(@PathParam("id") long id) {
        editing.applyMasking(id);
        return result(id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "撤回已公开信息 / withdraw a published entry")
    public WriteResult withdraw(@PathParam("id") long id, WithdrawalForm form) {
        RequestBodies.require(form);
        editing.withdraw(id, form.reason);
        return result(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "上传附件（请求体为文件内容，name 为文件名）/ attach a file (body: the file, name: its name)")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        byte[] bytes = readLimited(body);
        CatalogueAttachment attachment = editing.attach(id, name, bytes);
        return Response.status(Response.Status.CREATED)
                .entity(new CatalogueEntryDto.AttachmentDto(attachment.id(), attachment.fileName(),
                        attachment.mediaType(), attachment.sizeBytes(), null))
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "删除附件 / remove a file from the working version (a published entry gets a new version)")
    public WriteResult detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        editing.detach(id, attachmentId);
        return result(id);
    }

    @GET
    @Operation(summary = "本机关目录信息列表 / the organ's entries")
    public List<StaffEntryDto.Line> list(@QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException("invalid_input", Map.of("size", "每页条数须在 1 至 200 之间"));
        }
        return editing.page(page, size).stream().map(row -> {
            CatalogueEntry entry = (CatalogueEntry) row[0];
            CatalogueVersion working = (CatalogueVersion) row[1];
            return new StaffEntryDto.Line(entry.id(), working.number(), StaffEntryDto.statusOf(entry, working),
                    working.title(), entry.indexNo(), editing.deadlineOf(working));
        }).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "目录信息详情及审查记录 / an entry with its reviews")
    public StaffEntryDto detail(@PathParam("id") long id) {
        CatalogueEntry entry = editing.entry(id);
        CatalogueVersion working = editing.workingVersion(entry);
        var content = working.content();
        List<StaffEntryDto.ReviewDto> reviewDtos = reviews.tasksOf("CATALOGUE_ENTRY", id).stream()
                .map(task -> new StaffEntryDto.ReviewDto(task.id(), task.status().name(), task.step(), task.steps(),
                        reviews.decisionsOf(task.id()).stream()
                                .map(d -> new StaffEntryDto.DecisionDto(d.step(), d.role(), d.decision().name(),
                                        d.reason(), d.decidedBy(), d.decidedAt().toString()))
                                .toList()))
                .toList();
        return new StaffEntryDto(entry.id(), working.number(), StaffEntryDto.statusOf(entry, working),
                entry.isPublic(), entry.indexNo(), content.title(), content.docNo(), content.writtenOn(),
                content.formedOn(), content.subject(), content.genre(), content.validity(), content.keywords(),
                content.summary(), content.body(), content.disclosureMode(), content.sensitive(),
                working.contentHash(), editing.deadlineOf(working),
                editing.attachmentsOf(working.id()).stream().map(a -> new CatalogueEntryDto.AttachmentDto(a.id(),
                        a.fileName(), a.mediaType(), a.sizeBytes(), null)).toList(),
                reviewDtos);
    }

    private WriteResult result(long id) {
        CatalogueEntry entry = editing.entry(id);
        CatalogueVersion working = editing.workingVersion(entry);
        return new WriteResult(id, working.number(), StaffEntryDto.statusOf(entry, working));
    }

    private static byte[] readLimited(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(CatalogueEditing.MAX_ATTACHMENT_BYTES + 1);
            if (bytes.length > CatalogueEditing.MAX_ATTACHMENT_BYTES) {
                throw new jakarta.ws.rs.WebApplicationException(413);
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException("malformed_body");
        }
    }
}
