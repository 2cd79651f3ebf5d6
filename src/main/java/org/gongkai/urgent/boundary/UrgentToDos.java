package org.gongkai.urgent.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Urgent work on the staff home page: for the office (INFO_EDITOR) the incidents of every unit still
 * awaiting their written report; for a unit's information officer its own, and the leaders'
 * instructions waiting for its feedback.
 */
@RequestScoped
public class UrgentToDos implements ToDoSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Override
    public List<ToDo> toDosOfCaller() {
        List<ToDo> lines = new ArrayList<>();
        boolean office = currentStaff.hasRole(Role.INFO_EDITOR);
        boolean unit = currentStaff.hasRole(Role.INFO_OFFICER);
        if (!office && !unit) {
            return lines;
        }
        String organ = office ? null : currentStaff.get().organ().code();
        Timestamp now = Timestamp.from(clock.instant());
        var query = em.createNativeQuery("select count(*), count(*) filter (where due_by < ?1) "
                        + "from urgent_incident where written_at is null and origin = 'REPORTED'"
                        + (organ == null ? "" : " and organ_code = ?2"))
                .setParameter(1, now);
        if (organ != null) {
            query.setParameter(2, organ);
        }
        Object[] awaiting = (Object[]) query.getSingleResult();
        long count = ((Number) awaiting[0]).longValue();
        if (count > 0) {
            lines.add(new ToDo(office ? "todo.urgent.board" : "todo.urgent.awaiting",
                    office ? "/staff/urgent-board" : "/staff/urgent", count, ((Number) awaiting[1]).longValue() > 0));
        }
        if (unit) {
            Object[] feedback = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where s.feedback_due < ?1) "
                            + "from urgent_instruction s join urgent_incident i on i.id = s.incident_id "
                            + "where s.feedback is null and i.organ_code = ?2")
                    .setParameter(1, java.sql.Date.valueOf(java.time.LocalDate.now(clock)))
                    .setParameter(2, currentStaff.get().organ().code()).getSingleResult();
            long waiting = ((Number) feedback[0]).longValue();
            if (waiting > 0) {
                lines.add(new ToDo("todo.urgent.feedback", "/staff/urgent", waiting, ((Number) feedback[1]).longValue() > 0));
            }
        }
        return lines;
    }
}
