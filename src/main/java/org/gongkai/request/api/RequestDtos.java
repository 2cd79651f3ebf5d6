package org.gongkai.request.api;

import jakarta.json.bind.annotation.JsonbNillable;
import org.gongkai.account.api.OrganDto;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.platform.control.ClockProducer;
import org.gongkai.request.boundary.ApplicantAccess;
import org.gongkai.request.boundary.RequestQueue;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.request.control.Masks;
import org.gongkai.request.control.ReplyPeriods;
import org.gongkai.request.entity.Applicant;
import org.gongkai.request.entity.Consultation;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ExtensionState;
import org.gongkai.request.entity.ReplyLetter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON shapes of requests (the HTTP interface, served at /openapi): what the applicant sees, what officers see, the queue.
 * Empty fields are written as {@code null}, so that every shape has all its fields.
 */
public final class RequestDtos {

    private RequestDtos() {
    }

    /** The answer to a filing: the passcode is shown this once. */
    @JsonbNillable
    public record FiledDto(String trackingCode, String passcode, LocalDate receivedOn, LocalDate dueOn, String status) {
    }

    @JsonbNillable
    public record DeadlineDto(LocalDate dueOn, boolean provisional, int workingDaysLeft, boolean overdue, boolean paused,
                              int pausedDays) {

        static DeadlineDto of(Deadline deadline) {
            return deadline == null ? null : new DeadlineDto(deadline.dueOn(), deadline.provisional(),
                    deadline.workingDaysLeft(), deadline.overdue(), deadline.paused(), deadline.pausedDays());
        }
    }

    @JsonbNillable
    public record ApplicantDto(String type, String category, String name, String idType, String idNumber,
                               String creditCode, String contactName, String phone, String email, String address) {

        static ApplicantDto full(Applicant a) {
            return new ApplicantDto(a.type().name(), a.category() == null ? null : a.category().name(), a.name(),
                    a.idType() == null ? null : a.idType().name(), a.idNumber(), a.creditCode(), a.contactName(),
                    a.phone(), a.email(), a.address());
        }

        /** As the applicant's own view shows it: recognisable, not readable. */
        static ApplicantDto masked(Applicant a) {
            return new ApplicantDto(a.type().name(), a.category() == null ? null : a.category().name(),
                    Masks.name(a.name()), a.idType() == null ? null : a.idType().name(), Masks.idNumber(a.idNumber()),
                    Masks.idNumber(a.creditCode()), Masks.name(a.contactName()), Masks.phone(a.phone()),
                    Masks.email(a.email()), Masks.address(a.address()));
        }
    }

    @JsonbNillable
    public record DeliveryDto(String form, String method) {
    }

    @JsonbNillable
    public record SupplementationDto(List<String> items, LocalDate sentOn, LocalDate deadline, LocalDate supplementedOn,
                                     String correctedDescription) {
    }

    @JsonbNillable
    public record ExtensionDto(String state, Integer workingDays, String reason, String requestedBy,
                               LocalDate requestedOn, String decidedBy, LocalDate decidedOn, String note) {

        static ExtensionDto of(DisclosureRequest r) {
            return r.extensionState() == null ? null : new ExtensionDto(r.extensionState().name(), r.extensionDays(),
                    r.extensionReason(), r.extensionRequestedBy(), r.extensionRequestedOn(), r.extensionDecidedBy(),
                    r.extensionDecidedOn(), r.extensionNote());
        }
    }

    @JsonbNillable
    public record FeeDto(String method, Integer pages, BigDecimal amount, LocalDate noticedOn, LocalDate payBy,
                         LocalDate paidOn) {
    }

    @JsonbNillable
    public record ConsultationDto(long id, String party, LocalDate sentOn, LocalDate answerDue, LocalDate answeredOn,
                                  Boolean objection) {

        static ConsultationDto of(Consultation c, ReplyPeriods periods) {
            return new ConsultationDto(c.id(), c.party(), c.sentOn(), periods.consultationAnswerDue(c.sentOn()),
                    c.answeredOn(), c.objection());
        }
    }

    @JsonbNillable
    public record ReplyDto(int number, String outcome, String reason, String referTo, String state, String draftedBy,
                           LocalDate draftedOn, LocalDate releasedOn, String contentHash, Long reviewTaskId,
                           String html, String pdf) {
    }

    @JsonbNillable
    public record EventDto(String type, OffsetDateTime at, String note) {
    }

    @JsonbNillable
    public record HistoryDto(OffsetDateTime at, String actor, String type, String detail) {

        static HistoryDto of(AuditEvent event) {
            return new HistoryDto(RequestDtos.at(event.occurredAt()), event.actor(), event.eventType(), event.detail());
        }
    }

    /** The released reply letter, with where to fetch it (send the same {@code X-Passcode}). */
    @JsonbNillable
    public record ReplyLetterDto(String outcome, String reason, String referTo, LocalDate releasedOn, String text,
                                 String html, String pdf, List<FileDto> attachments) {
    }

    /** A file the released letter delivers, with where to fetch it (send the same {@code X-Passcode}). */
    public record FileDto(long id, String name, String mediaType, long size, String url) {
    }

    /** The applicant's view ({@code GET /requests/{trackingCode}}): personal data masked. */
    @JsonbNillable
    public record ApplicantViewDto(String trackingCode, String status, OrganDto organ, String channel,
                                   LocalDate receivedOn, LocalDate firstReceivedOn, LocalDate dueOn,
                                   DeadlineDto deadline, ApplicantDto applicant, String description, String docNo,
                                   DeliveryDto delivery, SupplementationDto supplementation, ExtensionDto extension,
                                   FeeDto fee, List<EventDto> events, String outcome, String outcomeReason,
                                   LocalDate closedOn, ReplyLetterDto replyLetter) {

        static ApplicantViewDto of(ApplicantAccess.View view) {
            DisclosureRequest r = view.request();
            Deadline deadline = view.deadline();
            ReplyLetter letter = view.letter();
            String base = "/api/v1/requests/" + r.trackingCode() + "/letter";
            ExtensionDto extension = r.extensionState() == ExtensionState.APPROVED
                    ? new ExtensionDto("APPROVED", r.extensionDays(), r.extensionReason(), null, null, null,
                    r.extensionDecidedOn(), null) : null;
            return new ApplicantViewDto(r.trackingCode(), r.status().name(), new OrganDto(r.organCode(), view.organName()),
                    r.channel().name(), r.receivedOn(), r.firstReceivedOn(),
                    deadline == null ? null : deadline.dueOn(), DeadlineDto.of(deadline),
                    ApplicantDto.masked(r.applicant()), r.description(), r.docNo(),
                    new DeliveryDto(r.deliveryFormat().name(), r.deliveryMethod().name()),
                    RequestDtos.supplementation(r, view.supplementationItems()), extension,
                    RequestDtos.fee(r, view.feePayBy()),
                    view.steps().stream().map(step -> new EventDto(step.type(), RequestDtos.at(step.at()), step.note())).toList(),
                    r.outcome() == null ? null : r.outcome().name(),
                    r.outcomeReason() == null ? null : r.outcomeReason().name(), r.closedOn(),
                    letter == null ? null : new ReplyLetterDto(letter.outcome().name(),
                            letter.reason() == null ? null : letter.reason().name(), letter.referTo(),
                            letter.releasedOn(), letter.letter(), base + ".html", base + ".pdf",
                            view.files().stream().map(f -> new FileDto(f.id(), f.fileName(), f.mediaType(), f.sizeBytes(),
                                    "/api/v1/requests/" + r.trackingCode() + "/attachments/" + f.id())).toList()));
        }
    }

    /** The full request for the organ's officers. */
    @JsonbNillable
    public record StaffRequestDto(String trackingCode, String organ, String channel, String status,
                                  OffsetDateTime submittedAt, String registeredBy, LocalDate receivedOn,
                                  LocalDate firstReceivedOn, LocalDate dueOn, DeadlineDto deadline, boolean late,
                                  ApplicantDto applicant, String description, String docNo, DeliveryDto delivery,
                                  SupplementationDto supplementation, List<ConsultationDto> consultations,
                                  ExtensionDto extension, FeeDto fee, List<ReplyDto> replies, String outcome,
                                  String outcomeReason, LocalDate closedOn, List<HistoryDto> history) {
    }

    /** One row of the queue ({@code GET /staff/requests}). */
    @JsonbNillable
    public record QueueItemDto(String trackingCode, String status, String channel, String applicantName,
                               String description, LocalDate receivedOn, LocalDate dueOn, Integer workingDaysLeft,
                               boolean overdue, boolean dueSoon, boolean paused, String extension) {

        static QueueItemDto of(RequestQueue.Row row) {
            DisclosureRequest r = row.request();
            Deadline d = row.deadline();
            String description = r.description().length() > 80 ? r.description().substring(0, 80) + "…" : r.description();
            return new QueueItemDto(r.trackingCode(), r.status().name(), r.channel().name(), r.applicant().name(),
                    description, r.receivedOn(), d == null ? null : d.dueOn(), d == null ? null : d.workingDaysLeft(),
                    d != null && d.overdue(), row.dueSoon(), d != null && d.paused(),
                    r.extensionState() == null ? null : r.extensionState().name());
        }
    }

    /** What a leader sees of a request whose extension they decide: no personal data. */
    @JsonbNillable
    public record ExtensionCaseDto(String trackingCode, String status, String description, LocalDate receivedOn,
                                   LocalDate dueOn, ExtensionDto extension) {
    }

    static SupplementationDto supplementation(DisclosureRequest r, List<String> items) {
        return r.supplementationSentOn() == null ? null : new SupplementationDto(items, r.supplementationSentOn(),
                r.supplementationDeadline(), r.supplementedOn(), r.supplementText());
    }

    static FeeDto fee(DisclosureRequest r, LocalDate payBy) {
        return r.feeNoticedOn() == null ? null : new FeeDto(r.feeMethod().name(), r.feePages(), r.feeAmount(),
                r.feeNoticedOn(), payBy, r.feePaidOn());
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.CHINA).toOffsetDateTime();
    }
}
