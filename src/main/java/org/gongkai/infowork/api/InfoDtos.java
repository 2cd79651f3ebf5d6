package org.gongkai.infowork.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.infowork.boundary.Commissions;
import org.gongkai.infowork.boundary.InfoItems;
import org.gongkai.infowork.boundary.InfoPublications;
import org.gongkai.infowork.boundary.InfoScores;
import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.Instruction;
import org.gongkai.infowork.entity.Issue;
import org.gongkai.infowork.entity.LedgerEntry;
import org.gongkai.infowork.entity.Publication;
import org.gongkai.infowork.entity.Upward;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the information work. Empty fields are written as {@code null}. */
public final class InfoDtos {

    private InfoDtos() {
    }

    @JsonbNillable
    public record ItemDto(long id, String organ, List<String> jointOrgans, String author, String title, String body,
                          String type, boolean negative, Long commission, String status, String signer, Instant submittedAt,
                          String returnReason, String declineReason, String publication, String form, String adoptedTitle,
                          String adoptedBody, LocalDate adoptedOn, BigDecimal points, boolean duplicate) {
        static ItemDto of(InfoItem i, BigDecimal points, boolean duplicate) {
            return new ItemDto(i.id(), i.organCode(), List.copyOf(i.jointOrgans()), i.author(), i.title(), i.body(),
                    i.type().name(), i.negative(), i.commissionId(), i.status().name(), i.signer(), i.submittedAt(),
                    i.returnReason(), i.declineReason(), i.publicationCode(),
                    i.adoptedForm() == null ? null : i.adoptedForm().name(), i.adoptedTitle(), i.adoptedBody(), i.adoptedOn(),
                    points, duplicate);
        }

        static ItemDto of(InfoItems.Row row) {
            return of(row.item(), row.points(), row.duplicate());
        }
    }

    @JsonbNillable
    public record UpwardDto(long id, String publication, LocalDate adoptedOn, String route) {
        static UpwardDto of(Upward u) {
            return new UpwardDto(u.id(), u.publicationCode(), u.adoptedOn(), u.route().name());
        }
    }

    @JsonbNillable
    public record InstructionDto(long id, long item, String leader, String level, String text, LocalDate givenOn,
                                 LocalDate feedbackDue, String feedback, Instant feedbackAt, boolean overdue) {
        static InstructionDto of(Instruction i, boolean overdue) {
            return new InstructionDto(i.id(), i.itemId(), i.leader(), i.level().name(), i.text(), i.givenOn(), i.feedbackDue(),
                    i.feedback(), i.feedbackAt(), overdue);
        }
    }

    @JsonbNillable
    public record EventDto(Instant at, String actor, String event, String detail) {
        static EventDto of(AuditEvent e) {
            return new EventDto(e.occurredAt(), e.actor(), e.eventType(), e.detail());
        }
    }

    @JsonbNillable
    public record ItemDetailDto(ItemDto item, List<UpwardDto> upward, List<InstructionDto> instructions,
                                List<Long> duplicates, List<EventDto> history) {
    }

    @JsonbNillable
    public record PublicationDto(String code, String name, String level, @JsonbProperty("public") boolean isPublic,
                                 boolean external) {
        static PublicationDto of(Publication p) {
            return new PublicationDto(p.code(), p.name(), p.level().name(), p.isPublic(), p.external());
        }
    }

    @JsonbNillable
    public record IssueDto(long id, String publication, int year, int number, LocalDate issuedOn, String status,
                           Instant publishedAt, List<Long> items, String pdf) {
        static IssueDto of(Issue issue, List<Long> items, String base) {
            return new IssueDto(issue.id(), issue.publicationCode(), issue.year(), issue.number(), issue.issuedOn(),
                    issue.status().name(), issue.publishedAt(), items, base + issue.id() + ".pdf");
        }

        static IssueDto of(InfoPublications.Compiled compiled, String base) {
            return of(compiled.issue(), compiled.items().stream().map(InfoItem::id).toList(), base);
        }
    }

    @JsonbNillable
    public record AnswerDto(String organ, String name, String status, Long item) {
    }

    @JsonbNillable
    public record CommissionDto(long id, String topic, LocalDate deadline, List<AnswerDto> organs) {
        static CommissionDto of(Commissions.Standing s) {
            return new CommissionDto(s.commission().id(), s.commission().topic(), s.commission().deadline(),
                    s.answers().stream().map(a -> new AnswerDto(a.organCode(), a.organName(), a.status(), a.itemId())).toList());
        }
    }

    public record OrganDto(String code, String name) {
    }

    @JsonbNillable
    public record ScoreDto(OrganDto organ, BigDecimal points, long submitted, long adopted, BigDecimal adoptionRate,
                           long instructions, BigDecimal target, BigDecimal completion, int rank) {
        static ScoreDto of(InfoScores.Score s) {
            return new ScoreDto(new OrganDto(s.organCode(), s.organName()), s.points(), s.submitted(), s.adopted(),
                    s.adoptionRate(), s.instructions(), s.target(), s.completion(), s.rank());
        }
    }

    @JsonbNillable
    public record LedgerDto(long id, Instant at, BigDecimal points, String kind, boolean correction, Long item, int rule,
                            int year, int month, String cause) {
        static LedgerDto of(LedgerEntry l) {
            return new LedgerDto(l.id(), l.at(), l.points(), l.kind(), l.correction(), l.itemId(), l.ruleVersion(), l.year(),
                    l.month(), l.cause());
        }
    }

    @JsonbNillable
    public record CandidateDto(OrganDto organ, BigDecimal points, int rank, boolean blocked, List<String> reasons) {
        static CandidateDto of(InfoScores.Candidate c) {
            return new CandidateDto(new OrganDto(c.organCode(), c.organName()), c.points(), c.rank(), c.blocked(), c.reasons());
        }
    }

    public record IdStatusDto(long id, String status) {
    }

    public record FaultDto(boolean recorded) {
    }

    public record ClosedDto(int missed) {
    }
}
