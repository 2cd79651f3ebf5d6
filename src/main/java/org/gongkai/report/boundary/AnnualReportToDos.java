package org.gongkai.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The officer's to-do line while last year's annual report of the organ is not yet sent to the
 * review (or was returned): due 31 January (Art. 49 of the OGI Regulations), overdue after.
 */
@RequestScoped
public class AnnualReportToDos implements ToDoSource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AnnualReports reports;

    @Inject
    Clock clock;

    @Override
    public List<ToDo> toDosOfCaller() {
        if (!currentStaff.hasRole(Role.OFFICER)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        String state = reports.state(year, null);
        if (!"NONE".equals(state) && !"RETURNED".equals(state) && !"REJECTED".equals(state)) {
            return List.of();
        }
        return List.of(new ToDo("todo.report.due", "/staff/annual-report?year=" + year, 1,
                today.isAfter(LocalDate.of(today.getYear(), 1, 31))));
    }
}
