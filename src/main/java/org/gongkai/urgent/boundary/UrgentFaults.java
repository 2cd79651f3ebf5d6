package org.gongkai.urgent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.urgent.control.FaultNoticePdf;
import org.gongkai.urgent.entity.UrgentFault;
import org.gongkai.urgent.entity.UrgentIncident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The faults of urgent reporting, for the 通报 of the information work and one by one
 * (一事一通报) as a PDF notice. The office and leaders read every unit's; a unit's information
 * officer its own.
 */
@Stateless
public class UrgentFaults {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Organs organs;

    @Inject
    Clock clock;

    /** One fault as the 通报 lists it. */
    public record FaultLine(long faultId, long incidentId, String organCode, int year, String kind, String kindLabel,
                            String incidentTitle, String reason, Integer lateMinutes, Instant learnedAt,
                            Instant recordedAt) {
    }

    /** The faults of a unit in a year (the Beijing year it learned of the incident), in the order recorded. */
    @RolesAllowed({"INFO_EDITOR", "LEADER", "INFO_OFFICER"})
    public List<FaultLine> faultsOf(String organCode, int year) {
        requireReadable(organCode);
        return em.createNamedQuery(UrgentFault.OF_ORGAN_YEAR, UrgentFault.class)
                .setParameter("organ", organCode).setParameter("year", year).getResultList().stream()
                .map(this::line).toList();
    }

    /** One fault. */
    @RolesAllowed({"INFO_EDITOR", "LEADER", "INFO_OFFICER"})
    public FaultLine fault(long faultId) {
        UrgentFault fault = em.find(UrgentFault.class, faultId);
        if (fault == null || !readable(fault.organCode())) {
            throw new UnknownItemException("urgent_fault_unknown");
        }
        return line(fault);
    }

    /** The notice of one fault (一事一通报), as a PDF. */
    @RolesAllowed({"INFO_EDITOR", "LEADER", "INFO_OFFICER"})
    public byte[] noticePdf(long faultId) {
        FaultLine line = fault(faultId);
        UrgentIncident incident = em.find(UrgentIncident.class, line.incidentId());
        String organName = organs.find(line.organCode()).map(Organ::name).orElse(line.organCode());
        return FaultNoticePdf.render(new FaultNoticePdf.Notice(line.faultId(), organName, line.kindLabel(),
                incident.title(), incident.grade() == null ? null : incident.grade().label(), incident.learnedAt(),
                incident.dueBy(), incident.writtenAt(), line.reason(), line.recordedAt(),
                clock.instant().atZone(org.gongkai.urgent.control.UrgentClock.BEIJING).toLocalDate()));
    }

    private FaultLine line(UrgentFault fault) {
        UrgentIncident incident = em.find(UrgentIncident.class, fault.incidentId());
        return new FaultLine(fault.id(), fault.incidentId(), fault.organCode(), fault.year(), fault.kind().name(),
                fault.kind().label(), incident.title(), fault.reason(), fault.lateMinutes(), incident.learnedAt(),
                fault.recordedAt());
    }

    private void requireReadable(String organCode) {
        if (!readable(organCode)) {
            throw new UnknownItemException("organ_unknown", organCode);
        }
    }

    private boolean readable(String organCode) {
        return currentStaff.hasRole(Role.INFO_EDITOR) || currentStaff.hasRole(Role.LEADER)
                || currentStaff.get().organ().code().equals(organCode);
    }
}
