package org.gongkai.infowork.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The information work's lines on the staff home page: for the office, submitted items waiting for
 * a decision and instructions whose feedback is overdue; for a unit's officer, returned items,
 * instructions awaiting feedback and open commissions.
 */
@RequestScoped
public class InfoToDos implements ToDoSource {

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
        LocalDate today = LocalDate.now(clock.withZone(ScoreLedger.ZONE));
        if (currentStaff.hasRole(Role.INFO_EDITOR)) {
            long waiting = count("select count(*) from info_item where status = 'SUBMITTED'");
            if (waiting > 0) {
                lines.add(new ToDo("todo.info.incoming", "/staff/info/editor", waiting, false));
            }
            long overdue = count("select count(*) from info_instruction where feedback is null and feedback_due < ?1", today);
            if (overdue > 0) {
                lines.add(new ToDo("todo.info.feedbackOverdue", "/staff/info/editor", overdue, true));
            }
        }
        if (currentStaff.hasRole(Role.INFO_OFFICER)) {
            String own = currentStaff.get().organ().code();
            long returned = count("select count(*) from info_item where status = 'RETURNED' and organ_code = ?1", own);
            if (returned > 0) {
                lines.add(new ToDo("todo.info.returned", "/staff/info/officer", returned, false));
            }
            long feedback = count("select count(*) from info_instruction n join info_item i on i.id = n.item_id "
                    + "where n.feedback is null and i.organ_code = ?1", own);
            long late = count("select count(*) from info_instruction n join info_item i on i.id = n.item_id "
                    + "where n.feedback is null and i.organ_code = ?1 and n.feedback_due < ?2", own, today);
            if (feedback > 0) {
                lines.add(new ToDo("todo.info.feedback", "/staff/info/officer", feedback, late > 0));
            }
            long open = count("select count(*) from info_commission_organ where status = 'OPEN' and organ_code = ?1", own);
            if (open > 0) {
                lines.add(new ToDo("todo.info.commissions", "/staff/info/officer", open, false));
            }
        }
        return lines;
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
