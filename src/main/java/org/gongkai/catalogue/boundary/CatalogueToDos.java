package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.catalogue.control.PublicationPeriod;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.catalogue.entity.VersionState;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue work waiting for the organ's editors: drafts not yet sent to review, versions the
 * review returned, and unpublished versions whose 20 working days (Art. 26 of the OGI Regulations)
 * are past or end within the week.
 */
@Stateless
@PermitAll
public class CatalogueToDos implements ToDoSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public List<ToDo> toDosOfCaller() {
        if (currentStaff.find().isEmpty() || !currentStaff.hasRole(Role.EDITOR)) {
            return List.of();
        }
        List<CatalogueVersion> working = em.createQuery("select v from CatalogueEntry e, CatalogueVersion v "
                        + "where v.id = e.workingVersionId and e.organCode = :organ and v.state in :states",
                        CatalogueVersion.class)
                .setParameter("organ", currentStaff.get().organ().code())
                .setParameter("states", List.of(VersionState.DRAFT, VersionState.RETURNED, VersionState.SUBMITTED))
                .setMaxResults(2000)
                .getResultList();
        long drafts = working.stream().filter(v -> v.state() == VersionState.DRAFT).count();
        long returned = working.stream().filter(v -> v.state() == VersionState.RETURNED).count();
        LocalDate today = LocalDate.now(clock);
        var snapshot = calendar.snapshot();
        long overdue = 0;
        long soon = 0;
        for (CatalogueVersion version : working) {
            if (version.formedOn() == null) {
                continue;
            }
            Deadline deadline = PublicationPeriod.deadline(version.formedOn(), false, today, snapshot);
            if (deadline.overdue()) {
                overdue++;
            } else if (deadline.dueSoon()) {
                soon++;
            }
        }
        return List.of(
                new ToDo("todo.catalogue.art26.overdue", "/staff/catalogue", overdue, true),
                new ToDo("todo.catalogue.art26.soon", "/staff/catalogue", soon, false),
                new ToDo("todo.catalogue.returned", "/staff/catalogue", returned, false),
                new ToDo("todo.catalogue.drafts", "/staff/catalogue", drafts, false));
    }
}
