package org.gongkai.consult.api;

import org.gongkai.consult.boundary.DeskHandling;
import org.gongkai.consult.boundary.PublicDesk;
import org.gongkai.consult.control.DeskStatistics;
import org.gongkai.consult.entity.MessageReply;
import org.gongkai.consult.entity.PublicMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the public desk. Public shapes carry no name, phone or e-mail. */
public final class MessageDtos {

    private MessageDtos() {
    }

    public record WrittenDto(String queryCode, String passcode, LocalDate receivedOn, LocalDate dueOn) {
    }

    public record KindDto(String kind, String name, int workingDays) {
        static KindDto of(PublicDesk.KindPeriod period) {
            return new KindDto(period.kind().name(), period.name(), period.workingDays());
        }
    }

    public record PublishedDto(String queryCode, String kind, String title, String content, String organ,
                               String organName, LocalDate receivedOn, LocalDate repliedOn, String reply, boolean faq) {
        static PublishedDto of(PublicDesk.Published p) {
            return new PublishedDto(p.queryCode(), p.kind().name(), p.title(), p.content(), p.organ(), p.organName(),
                    p.receivedOn(), p.repliedOn(), p.reply(), p.faq());
        }
    }

    public record PageDto(long total, List<PublishedDto> items) {
    }

    /** The writer's own view: their message (without repeating their contact data) and the released answer. */
    public record WriterDto(String queryCode, String kind, String title, String content, String organ,
                            String organName, String status, LocalDate receivedOn, LocalDate dueOn, int round,
                            LocalDate repliedOn, String reply, Boolean satisfied, boolean canRate,
                            String invalidReason) {
        static WriterDto of(PublicDesk.WriterView view) {
            PublicMessage m = view.message();
            boolean canRate = m.status().name().equals("ANSWERED") && (m.ratedRound() == null || m.ratedRound() != m.round());
            return new WriterDto(m.queryCode(), m.kind().name(), m.title(), m.content(), m.organCode(), view.organName(),
                    m.status().name(), m.receivedOn(), m.dueOn(), m.round(), m.repliedOn(), view.answer(), m.satisfied(),
                    canRate, m.invalidReason());
        }
    }

    public record StatsDto(String organ, long received, long answered, long onTime, double averageWorkingDays,
                           long satisfied, long rated) {
        static StatsDto of(DeskStatistics.Figures f) {
            return new StatsDto(f.organ(), f.received(), f.answered(), f.onTime(), f.averageWorkingDays(),
                    f.satisfied(), f.rated());
        }
    }

    /** A line of a staff queue (no personal data). */
    public record QueuedDto(long id, String queryCode, String kind, String title, String organ, String organName,
                            String status, LocalDate receivedOn, LocalDate dueOn, int workingDaysLeft,
                            boolean overdue, int round, int extensionDays, boolean faq, boolean wantsPublic) {
        static QueuedDto of(DeskHandling.Queued q) {
            PublicMessage m = q.message();
            return new QueuedDto(m.id(), m.queryCode(), m.kind().name(), m.title(), m.organCode(), q.organName(),
                    m.status().name(), m.receivedOn(), m.dueOn(), q.workingDaysLeft(), q.overdue(), m.round(),
                    m.extensionDays(), m.faq(), m.wantsPublic());
        }
    }

    public record DraftedDto(long id, int round, String state, long reviewTaskId) {
        static DraftedDto of(DeskHandling.Drafted d) {
            return new DraftedDto(d.reply().id(), d.reply().round(), d.reply().state().name(), d.reviewTaskId());
        }
    }

    public record ReplyDto(long id, int round, String text, String state, String draftedBy, Instant draftedAt,
                           LocalDate releasedOn) {
        static ReplyDto of(MessageReply r) {
            return new ReplyDto(r.id(), r.round(), r.text(), r.state().name(), r.draftedBy(), r.draftedAt(),
                    r.releasedOn());
        }
    }

    /** The office's and the assigned unit's view, with the writer's contact to reach them. */
    public record DetailDto(QueuedDto message, String content, String name, String phone, String email,
                            String invalidReason, String duplicateOf, Boolean satisfied, String ratingComment,
                            List<ReplyDto> replies) {
        static DetailDto of(DeskHandling.Detail d) {
            PublicMessage m = d.queued().message();
            return new DetailDto(QueuedDto.of(d.queued()), m.content(), m.writerName(), m.phone(), m.email(),
                    m.invalidReason(), m.duplicateOf(), m.satisfied(), m.ratingComment(),
                    d.replies().stream().map(ReplyDto::of).toList());
        }
    }
}
