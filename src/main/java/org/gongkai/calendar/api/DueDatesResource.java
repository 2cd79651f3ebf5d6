package org.gongkai.calendar.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.control.CalendarYearRules;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.platform.entity.InvalidInputException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public deadline calculator. Parameters are read as text so that a bad date or number is
 * answered 400 with the problem per field (JAX-RS would answer 404 for an unconvertible query
 * parameter).
 */
@Path("calendar/due-date")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DueDatesResource {

    static final int MIN_WORKING_DAYS = 1;
    static final int MAX_WORKING_DAYS = 1000;

    @Inject
    WorkingDayCalendar calendar;

    @GET
    @Operation(summary = "期限计算：起算日之后第 N 个工作日 / the N-th working day after a date",
            description = "起算日当天不计入。所涉年份的节假日安排尚未录入时只扣除周末，provisional 为 true。"
                    + " The start day is not counted; for a year whose holiday notice is not entered only"
                    + " weekends are left out and provisional is true.")
    public DueDateDto dueDate(
            @Parameter(description = "起算日期 YYYY-MM-DD / start date", example = "2026-02-13")
            @QueryParam("from") String from,
            @Parameter(description = "工作日天数 1–1000 / number of working days", example = "20")
            @QueryParam("workingDays") String workingDays) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = null;
        if (from == null || from.isBlank()) {
            problems.put("from", "必填，格式为 YYYY-MM-DD");
        } else {
            start = CalendarYearRules.parse(from);
            if (start == null) {
                problems.put("from", "“" + from.strip() + "”不是有效日期，格式应为 YYYY-MM-DD（如 2026-02-13）");
            }
        }
        Integer days = null;
        String rangeProblem = "须为 " + MIN_WORKING_DAYS + " 至 " + MAX_WORKING_DAYS + " 之间的整数";
        if (workingDays == null || workingDays.isBlank()) {
            problems.put("workingDays", "必填，" + rangeProblem);
        } else {
            try {
                days = Integer.valueOf(workingDays.strip());
            } catch (NumberFormatException e) {
                days = null;
            }
            if (days == null || days < MIN_WORKING_DAYS || days > MAX_WORKING_DAYS) {
                problems.put("workingDays", rangeProblem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        DueDate due = calendar.dueDate(start, days);
        return new DueDateDto(start, days, due.due(), due.provisional());
    }
}
