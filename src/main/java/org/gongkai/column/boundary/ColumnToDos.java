package org.gongkai.column.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.column.control.SiteHealth;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.util.List;

/** An editor's line on the staff home page: their columns (as editor or backup) due soon, overdue or empty. */
@RequestScoped
public class ColumnToDos implements ToDoSource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SiteHealthReport health;

    @Override
    public List<ToDo> toDosOfCaller() {
        if (currentStaff.find().isEmpty() || !currentStaff.hasRole(Role.EDITOR)) {
            return List.of();
        }
        String me = currentStaff.username();
        List<SiteHealth.ColumnHealth> mine = health.compute().columns().stream()
                .filter(h -> me.equals(h.column().editor()) || me.equals(h.column().backupEditor()))
                .filter(h -> h.state() != SiteHealth.State.OK)
                .toList();
        return mine.isEmpty() ? List.of() : List.of(new ToDo("todo.columns.update", "/staff/site-health", mine.size(),
                mine.stream().anyMatch(h -> h.state() == SiteHealth.State.OVERDUE)));
    }
}
