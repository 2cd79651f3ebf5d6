package org.gongkai.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.TooManyRequestsException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.request.control.Secrets;
import org.gongkai.request.control.SupplementationItems;
import org.gongkai.request.control.Timeline;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ReplyLetter;
import org.gongkai.request.entity.RequestStatus;

import java.time.Clock;
import java.time.Instant;
import org.gongkai.request.entity.ReplyFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The applicant's side, with the tracking code and passcode and nothing else: the request's
 * status, the steps taken, the due date, the released reply letter, and the corrected application
 * when a supplementation was asked for. A wrong code or passcode is "unknown" (404), and too many
 * of them from one address are refused (429), as is every passcode for a code locked by
 * {@link PasscodeLocks} after too many wrong ones.
 */
@Stateless
@PermitAll
public class ApplicantAccess {

    /** One step as the applicant reads it. */
    public record Step(String type, Instant at, String note) {
    }

    /** The applicant's view of their request. */
    public record View(DisclosureRequest request, String organName, Deadline deadline, List<Step> steps,
                       ReplyLetter letter, List<String> supplementationItems, LocalDate feePayBy,
                       List<ReplyFile> files) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    RequestDeadlines requestDeadlines;

    @Inject
    FilingLimits limits;

    @Inject
    Supplements supplements;

    @Inject
    PasscodeLocks passcodeLocks;

    public View view(String code, String passcode, String clientAddress) {
        return viewOf(verified(code, passcode, clientAddress, false));
    }

    /** The applicant's corrected application (Art. 30): received today if a working day, else the next one. */
    public View supplement(String code, String passcode, String description, String clientAddress) {
        DisclosureRequest request = verified(code, passcode, clientAddress, true);
        String text = RequestIntake.clean(description);
        if (text == null || text.length() < 5 || text.length() > 2000) {
            throw new InvalidInputException("invalid_input", Map.of("description", "请填写补正后的申请内容（5至2000字）"));
        }
        if (request.status() != RequestStatus.AWAITING_SUPPLEMENT) {
            throw new StateConflictException(request.status() == RequestStatus.CLOSED ? "request_closed"
                    : "supplement_not_requested");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(request.supplementationDeadline())) {
            throw new StateConflictException("supplement_overdue");
        }
        supplements.received(request, text, requestDeadlines.periods().onlineReceipt(today), RequestHandling.APPLICANT);
        return viewOf(request);
    }

    /** The released reply letter; 404 before its release. */
    public View released(String code, String passcode, String clientAddress) {
        View view = view(code, passcode, clientAddress);
        if (view.letter() == null) {
            throw new UnknownItemException("reply_unknown");
        }
        return view;
    }

    /** A file the released letter delivers, with its bytes. */
    public record Download(ReplyFile file, byte[] content) {
    }

    /** The files the released letter delivers; none before its release. */
    private List<ReplyFile> releasedFiles(DisclosureRequest request, ReplyLetter letter) {
        if (letter == null || letter.fileIds().isEmpty()) {
            return List.of();
        }
        List<Long> ids = letter.fileIds();
        return em.createNamedQuery(ReplyFile.OF_REQUEST, ReplyFile.class).setParameter("request", request.id())
                .getResultStream().filter(file -> ids.contains(file.id())).toList();
    }

    /** One file of the released letter; 404 before the release or for a file the letter does not deliver. */
    public Download releasedFile(String code, String passcode, String clientAddress, long fileId) {
        View view = released(code, passcode, clientAddress);
        ReplyFile file = view.files().stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new UnknownItemException("attachment_unknown"));
        byte[] content = (byte[]) em.createNativeQuery("select content from request_file_blob where sha256 = ?1")
                .setParameter(1, file.sha256()).getSingleResult();
        return new Download(file, content);
    }

    private View viewOf(DisclosureRequest request) {
        List<Step> steps = audit.historyOf(RequestHandling.ITEM_TYPE, request.id().toString()).stream()
                .map(event -> {
                    String note = Timeline.noteFor(event.eventType(), event.detail());
                    return note == null ? null : new Step(event.eventType(), event.occurredAt(), note);
                })
                .filter(Objects::nonNull)
                .toList();
        ReplyLetter letter = request.releasedReplyId() == null ? null
                : em.find(ReplyLetter.class, request.releasedReplyId());
        Organ organ = em.find(Organ.class, request.organCode());
        LocalDate payBy = request.feeNoticedOn() == null ? null
                : requestDeadlines.periods().feePaymentDue(request.feeNoticedOn());
        return new View(request, organ.name(), requestDeadlines.deadline(request), steps, letter,
                SupplementationItems.of(request.supplementationItems()), payBy, releasedFiles(request, letter));
    }

    private DisclosureRequest verified(String code, String passcode, String clientAddress, boolean lock) {
        String normalised = Secrets.normaliseTrackingCode(code);
        DisclosureRequest request = normalised == null ? null
                : em.createNamedQuery(DisclosureRequest.BY_CODE, DisclosureRequest.class)
                .setParameter("code", normalised)
                .getResultStream().findFirst().orElse(null);
        if (normalised != null) {
            OptionalLong locked = passcodeLocks.lockedFor(normalised);
            if (locked.isPresent()) {
                throw new TooManyRequestsException("passcode_locked", locked.getAsLong());
            }
        }
        if (request == null || !Secrets.matches(request.passcodeSalt(), request.passcodeHash(), passcode)) {
            limits.failedLookup(clientAddress);
            if (normalised != null) {
                passcodeLocks.failed(normalised);
            }
            throw new UnknownItemException("request_unknown");
        }
        passcodeLocks.succeeded(normalised);
        if (lock) {
            em.lock(request, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(request);
        }
        return request;
    }
}
