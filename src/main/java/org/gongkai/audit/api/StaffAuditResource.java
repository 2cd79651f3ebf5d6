package org.gongkai.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.audit.boundary.AuditSeal;
import org.gongkai.audit.boundary.AuditTrail;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.platform.entity.InvalidInputException;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit administrator (AUDITOR, 三员分立) searches the history by person, item and time and
 * checks that it has not been tampered with. Parameters are read as text and checked here, so that
 * a bad one is answered 400 with the parameter named.
 */
@Path("staff/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffAuditResource {

    /** One event as the auditor reads it. */
    public record EventDto(long id, Instant at, String actor, String organ, String itemType, String itemId,
                           String eventType, String detail, boolean sealed) {
        static EventDto of(AuditEvent event) {
            return new EventDto(event.id(), event.occurredAt(), event.actor(), event.organCode(), event.itemType(),
                    event.itemId(), event.eventType(), event.detail(), false);
        }
    }

    /** A page of events, newest first. */
    public record PageDto(List<EventDto> events, long total, int page, int size) {
    }

    @Inject
    AuditSeal seal;

    @Inject
    AuditTrail trail;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @GET
    @Operation(summary = "审计记录查询 / search the audit trail by person, item and time (AUDITOR)")
    public PageDto search(@QueryParam("actor") String actor, @QueryParam("itemType") String itemType,
                          @QueryParam("itemId") String itemId, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant since = instant("from", from, false, problems);
        Instant until = instant("to", to, true, problems);
        int pageNo = number("page", page, 0, problems);
        int pageSize = number("size", size, 50, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_parameter", problems);
        }
        AuditTrail.Page found = trail.search(new AuditTrail.Criteria(blankToNull(actor), blankToNull(itemType),
                blankToNull(itemId), since, until), pageNo, pageSize);
        return new PageDto(found.events().stream().map(EventDto::of).toList(), found.total(), found.page(),
                found.size());
    }

    @GET
    @Path("verify")
    @Operation(summary = "校验审计记录哈希链 / verify the history's hash chain (AUDITOR)")
    public AuditSeal.Verification verify() throws SQLException {
        // a second check beside @RolesAllowed, by the request's own caller (三员分立, GB/T 22239-2019 8.1.10)
        if (!security.isCallerInRole("AUDITOR")) {
            throw new org.gongkai.platform.entity.ForbiddenActionException("forbidden");
        }
        return seal.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An ISO instant, or a date (Beijing time: the day's start, or for {@code to} the next day's start). */
    static Instant instant(String name, String value, boolean endOfDay, Map<String, String> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(org.gongkai.platform.control.ClockProducer.CHINA)
                        .toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.put(name, "须为日期（如 2026-02-13）或 ISO 8601 时间（如 2026-02-13T02:00:00Z）");
            return null;
        }
    }

    static int number(String name, String value, int fallback, Map<String, String> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.put(name, "须为整数");
            return fallback;
        }
    }
}
