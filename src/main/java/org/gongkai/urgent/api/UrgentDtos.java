package org.gongkai.urgent.api;

import org.gongkai.urgent.boundary.UrgentFaults;
import org.gongkai.urgent.boundary.UrgentIncidents;
import org.gongkai.urgent.entity.UrgentFault;
import org.gongkai.urgent.entity.UrgentIncident;
import org.gongkai.urgent.entity.UrgentInstruction;
import org.gongkai.urgent.entity.UrgentReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of urgent information. Times are ISO-8601 instants. */
public final class UrgentDtos {

    private UrgentDtos() {
    }

    static String at(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** {@code {id, dueBy, status}} and the standing: minutes left, overdue, late. */
    public record IncidentDto(long id, String organ, String origin, String status, String title, String grade,
                              String category, String occurredAt, String learnedAt, String place, String summary,
                              String casualties, String measures, String leadersOnSite, String source,
                              int windowMinutes, String dueBy, String phoneDueBy, Long minutesLeft, boolean overdue,
                              boolean late, Integer lateMinutes, PhoneDto phone, String writtenAt, String signer,
                              String closedAt) {

        static IncidentDto of(UrgentIncidents.Standing standing) {
            UrgentIncident i = standing.incident();
            return new IncidentDto(i.id(), i.organCode(), i.origin().name(), i.status().name(), i.title(),
                    i.grade() == null ? null : i.grade().name(), i.category(), at(i.occurredAt()), at(i.learnedAt()),
                    i.place(), i.summary(), i.casualties(), i.measures(), i.leadersOnSite(), i.source(),
                    i.windowMinutes(), at(i.dueBy()), at(i.phoneDueBy()), standing.minutesLeft(), standing.overdue(),
                    standing.late(), i.lateMinutes(),
                    i.phoneAt() == null ? null : new PhoneDto(at(i.phoneAt()), i.phoneCaller(), i.phoneReceivedBy(),
                            i.phoneLoggedBy()),
                    at(i.writtenAt()), i.signer(), at(i.closedAt()));
        }
    }

    public record PhoneDto(String at, String caller, String receivedBy, String loggedBy) {
    }

    public record ReportDto(long id, String kind, String text, String at, String by) {
        static ReportDto of(UrgentReport r) {
            return new ReportDto(r.id(), r.kind().name(), r.text(), UrgentDtos.at(r.at()), r.by());
        }
    }

    public record FaultDto(long id, long incident, String organ, int year, String kind, String reason,
                           Integer lateMinutes, String recordedAt) {
        static FaultDto of(UrgentFault f) {
            return new FaultDto(f.id(), f.incidentId(), f.organCode(), f.year(), f.kind().name(), f.reason(),
                    f.lateMinutes(), at(f.recordedAt()));
        }

        static FaultDto of(UrgentFaults.FaultLine f) {
            return new FaultDto(f.faultId(), f.incidentId(), f.organCode(), f.year(), f.kind(), f.reason(),
                    f.lateMinutes(), at(f.recordedAt()));
        }
    }

    public record InstructionDto(long id, String leader, String text, LocalDate givenOn, LocalDate feedbackDue,
                                 String feedback, String feedbackAt) {
        static InstructionDto of(UrgentInstruction i) {
            return new InstructionDto(i.id(), i.leader(), i.text(), i.givenOn(), i.feedbackDue(), i.feedback(),
                    at(i.feedbackAt()));
        }
    }

    /** One incident with its reports, faults and instructions. */
    public record DetailDto(IncidentDto incident, List<ReportDto> reports, List<FaultDto> faults,
                            List<InstructionDto> instructions) {
        static DetailDto of(UrgentIncidents.Detail d) {
            return new DetailDto(IncidentDto.of(d.standing()), d.reports().stream().map(ReportDto::of).toList(),
                    d.faults().stream().map(FaultDto::of).toList(),
                    d.instructions().stream().map(InstructionDto::of).toList());
        }
    }

    /** What a written report answers: {@code {late, lateMinutes}} with the incident. */
    public record WrittenDto(boolean late, Integer lateMinutes, String writtenAt, IncidentDto incident) {
    }
}
