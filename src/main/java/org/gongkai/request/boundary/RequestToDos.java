package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;
import org.gongkai.request.entity.RequestStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The request work waiting for the caller: for officers the overdue requests (Art. 33 of the OGI
 * Regulations), those due within {@link RequestQueue#DUE_SOON} working days and the new ones
 * (received in the last {@link #NEW_DAYS} days, not yet answered); for leaders the extensions
 * waiting for their approval.
 */
@Stateless
@PermitAll
public class RequestToDos implements ToDoSource {

    /** A request received within this many calendar days counts as new. */
    static final int NEW_DAYS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    RequestQueue queue;

    @Inject
    RequestDeadlines deadlines;

    @Override
    public List<ToDo> toDosOfCaller() {
        if (currentStaff.find().isEmpty()) {
            return List.of();
        }
        List<ToDo> lines = new ArrayList<>();
        if (currentStaff.hasRole(Role.OFFICER)) {
            lines.add(new ToDo("todo.requests.overdue", "/staff/requests?due=OVERDUE",
                    queue.count(new RequestQueue.Filter(null, Boolean.TRUE, null, null, null)), true));
            lines.add(new ToDo("todo.requests.dueSoon", "/staff/requests?due=SOON",
                    queue.count(new RequestQueue.Filter(null, null, null, Boolean.TRUE, null)), false));
            long fresh = em.createQuery("select count(r) from DisclosureRequest r where r.organCode = :organ "
                            + "and r.status = :processing and r.receivedOn >= :since", Long.class)
                    .setParameter("organ", currentStaff.get().organ().code())
                    .setParameter("processing", RequestStatus.PROCESSING)
                    .setParameter("since", deadlines.today().minusDays(NEW_DAYS))
                    .getSingleResult();
            lines.add(new ToDo("todo.requests.new", "/staff/requests", fresh, false));
        }
        if (currentStaff.hasRole(Role.LEADER)) {
            lines.add(new ToDo("todo.requests.extensions", "/staff/requests#extensions",
                    queue.extensionsToDecide().size(), false));
        }
        return lines;
    }
}
