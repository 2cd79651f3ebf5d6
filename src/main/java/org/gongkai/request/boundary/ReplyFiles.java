package org.gongkai.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.catalogue.control.AttachmentTypes;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.request.control.Secrets;
import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.ReplyFile;
import org.gongkai.request.entity.RequestStatus;
import org.gongkai.review.control.AttachmentTextExtractor;
import org.gongkai.review.control.AttachmentUnreadableException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The files a reply delivers (the disclosed documents): the officer attaches them to the request
 * while it is being processed; the next drafted letter lists them, its hash covers them and the
 * pre-scan reads their text, so they are reviewed with the letter; the applicant downloads them with
 * the tracking code and passcode once the letter is released, never before. Type checked by content
 * (PDF, Word, Excel, images), at most {@link #MAX_FILES} files of {@link #MAX_BYTES} each.
 */
@Stateless
@RolesAllowed("OFFICER")
public class ReplyFiles {

    public static final int MAX_FILES = 20;
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    /** Attaches a file to the organ's request for the next reply letter. */
    public ReplyFile add(String code, String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("invalid_input", Map.of("name", "请提供文件名（不超过200字）"));
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("attachment_empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("invalid_input", Map.of("file", "单个文件不超过20 MB"));
        }
        String mediaType = AttachmentTypes.detect(bytes).orElseThrow(() -> new InvalidInputException("attachment_type"));
        DisclosureRequest request = changeable(code);
        if (of(request.id()).size() >= MAX_FILES) {
            throw new StateConflictException("attachment_too_many", MAX_FILES);
        }
        String sha256 = sha256(bytes);
        em.createNativeQuery("insert into request_file_blob (sha256, size_bytes, content) values (?1, ?2, ?3) "
                        + "on conflict (sha256) do nothing")
                .setParameter(1, sha256).setParameter(2, (long) bytes.length).setParameter(3, bytes)
                .executeUpdate();
        ReplyFile file = new ReplyFile(request.id(), name, mediaType, bytes.length, sha256, currentStaff.username(),
                clock.instant());
        em.persist(file);
        em.flush();
        audit.record(currentStaff.username(), request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                "REPLY_FILE_ADDED", name + " (" + mediaType + ", " + bytes.length + " bytes)");
        return file;
    }

    /** Removes a file that no letter in review or released delivers. */
    public void remove(String code, long fileId) {
        DisclosureRequest request = changeable(code);
        ReplyFile file = em.find(ReplyFile.class, fileId);
        if (file == null || !file.requestId().equals(request.id())) {
            throw new UnknownItemException("attachment_unknown");
        }
        em.remove(file);
        audit.record(currentStaff.username(), request.organCode(), RequestHandling.ITEM_TYPE, request.id().toString(),
                "REPLY_FILE_REMOVED", file.fileName());
    }

    /** The files attached to the organ's request, in order. */
    public List<ReplyFile> list(String code) {
        return of(own(code, false).id());
    }

    /** The files of a request (no check: for the callers of this feature that checked already). */
    public List<ReplyFile> of(long requestId) {
        return em.createNamedQuery(ReplyFile.OF_REQUEST, ReplyFile.class).setParameter("request", requestId)
                .getResultList();
    }

    /** What the pre-scan reads of the files: each file's name and text, or that it could not be read. */
    public String reviewText(List<ReplyFile> files) {
        StringBuilder text = new StringBuilder();
        AttachmentTextExtractor extractor = new AttachmentTextExtractor();
        for (ReplyFile file : files) {
            text.append("\n附件《").append(file.fileName()).append("》：");
            try {
                text.append(extractor.extractText(content(file.sha256())));
            } catch (AttachmentUnreadableException e) {
                text.append("（无法读取，未经自动扫描，请人工审查）");
            }
        }
        return text.toString();
    }

    public byte[] content(String sha256) {
        return (byte[]) em.createNativeQuery("select content from request_file_blob where sha256 = ?1")
                .setParameter(1, sha256).getSingleResult();
    }

    private DisclosureRequest changeable(String code) {
        DisclosureRequest request = own(code, true);
        if (request.status() == RequestStatus.CLOSED) {
            throw new StateConflictException("request_closed");
        }
        if (request.status() == RequestStatus.REPLY_IN_REVIEW) {
            throw new StateConflictException("reply_in_review");
        }
        return request;
    }

    private DisclosureRequest own(String code, boolean lock) {
        String normalised = Secrets.normaliseTrackingCode(code);
        DisclosureRequest request = normalised == null ? null
                : em.createNamedQuery(DisclosureRequest.BY_CODE, DisclosureRequest.class)
                .setParameter("code", normalised).getResultStream().findFirst().orElse(null);
        if (request == null || !request.organCode().equals(currentStaff.get().organ().code())) {
            throw new UnknownItemException("request_unknown");
        }
        if (lock) {
            em.lock(request, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(request);
        }
        return request;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
