package org.gongkai.calendar.api;

import org.gongkai.calendar.boundary.CalendarYearCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.calendar.boundary.CalendarYears;
import org.gongkai.platform.api.RequestBodies;

/** Administrators read and enter a year's holiday notice (ADMIN only; the boundary checks the role). */
@Path("staff/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffCalendarYearsResource {

    @Inject
    CalendarYears years;

    @GET
    @Path("{year: [0-9]{4}}")
    @Operation(summary = "某年节假日安排 / a year's days off and make-up working days (ADMIN)")
    public CalendarYearDto get(@PathParam("year") int year) {
        return years.find(year).map(CalendarYearDto::of).orElseGet(() -> CalendarYearDto.notEntered(year));
    }

    @PUT
    @Path("{year: [0-9]{4}}")
    @Operation(summary = "录入或更正某年节假日安排 / enter or correct a year's holiday notice (ADMIN)",
            description = "替换该年全部放假日与调休上班日；未结申请的期限随之重新计算。"
                    + " Replaces all of the year's days; open deadlines are recomputed.")
    public CalendarYearDto replace(@PathParam("year") int year, @Valid CalendarYearCommand form) {
        RequestBodies.require(form);
        return CalendarYearDto.of(years.replace(year, form));
    }
}
