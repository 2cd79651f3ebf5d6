package org.gongkai.consult.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's lines on the staff home page: for the office the messages to screen, for a unit's
 * officers the messages assigned to it and waiting for an answer; marked when any is overdue.
 */
@RequestScoped
public class DeskToDos implements ToDoSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Override
    public List<ToDo> toDosOfCaller() {
        List<ToDo> lines = new ArrayList<>();
        if (currentStaff.find().isEmpty()) {
            return lines;
        }
        Date today = Date.valueOf(LocalDate.now(clock));
        if (currentStaff.hasRole(Role.INFO_EDITOR)) {
            Object[] row = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where due_on < ?1) "
                    + "from consult_message where status = 'RECEIVED'").setParameter(1, today).getSingleResult();
            add(lines, "todo.messages.screen", row);
        }
        if (currentStaff.hasRole(Role.OFFICER) || currentStaff.hasRole(Role.INFO_OFFICER)) {
            Object[] row = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where due_on < ?1) "
                            + "from consult_message where status = 'ASSIGNED' and organ_code = ?2")
                    .setParameter(1, today).setParameter(2, currentStaff.get().organ().code()).getSingleResult();
            add(lines, "todo.messages.answer", row);
        }
        return lines;
    }

    private static void add(List<ToDo> lines, String key, Object[] row) {
        long count = ((Number) row[0]).longValue();
        if (count > 0) {
            lines.add(new ToDo(key, "/staff/messages", count, ((Number) row[1]).longValue() > 0));
        }
    }
}
