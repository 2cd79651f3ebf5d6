package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.catalogue.control.AttachmentTypes;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.catalogue.control.Genres;
import org.gongkai.calendar.entity.Deadline;
import org.gongkai.catalogue.control.PublicationPeriod;
import org.gongkai.catalogue.control.HtmlCleaner;
import org.gongkai.catalogue.entity.CatalogueAttachment;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.catalogue.entity.EntryContent;
import org.gongkai.catalogue.entity.VersionState;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.review.boundary.ReviewScan;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.control.AttachmentTextExtractor;
import org.gongkai.review.control.AttachmentUnreadableException;
import org.gongkai.review.entity.ReviewSubmission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editors draft catalogue entries of their own organ, change them (a published entry gets a new
 * version; the public keeps seeing the approved one), attach files, send a version to the
 * confidentiality review and withdraw published entries. Nothing here makes anything public.
 */
@Stateless
@RolesAllowed("EDITOR")
public class CatalogueEditing {

    public static final int MAX_ATTACHMENTS = 20;
    public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Subjects subjects;

    @Inject
    ReviewTasks reviews;

    @Inject
    CatalogueChanges changes;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ReviewScan scan;

    @Resource
    SessionContext context;

    private final AttachmentTextExtractor extractor = new AttachmentTextExtractor();

    public CatalogueVersion create(@Valid CatalogueEntryCommand form) {
        return create(form, CatalogueEntry.ENTRY);
    }

    /** The organ's disclosure guide: created on first save, then changed like any entry. */
    public CatalogueVersion saveGuide(@Valid CatalogueEntryCommand form) {
        return findGuide().map(guide -> update(guide.id(), form)).orElseGet(() -> create(form, CatalogueEntry.GUIDE));
    }

    public java.util.Optional<CatalogueEntry> findGuide() {
        return em.createQuery("select e from CatalogueEntry e where e.organCode = :organ and e.kind = :kind",
                        CatalogueEntry.class)
                .setParameter("organ", currentStaff.get().organ().code())
                .setParameter("kind", CatalogueEntry.GUIDE)
                .getResultStream().findFirst();
    }

    private CatalogueVersion create(CatalogueEntryCommand form, String kind) {
        EntryContent content = contentOf(form);
        String editor = currentStaff.username();
        CatalogueEntry entry = new CatalogueEntry(currentStaff.get().organ().code(), kind, editor, clock.instant());
        em.persist(entry);
        em.flush();
        CatalogueVersion version = new CatalogueVersion(entry, 1, content, editor, clock.instant());
        version.classify(columnOf(form, null));
        em.persist(version);
        em.flush();
        entry.workOn(version);
        em.flush();
        em.refresh(version);
        audit.record(editor, entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "ENTRY_CREATED", "version 1: " + content.title());
        return version;
    }

    /** Changes the working version in place, or starts a new version when it is approved or rejected. */
    public CatalogueVersion update(long id, @Valid CatalogueEntryCommand form) {
        EntryContent content = contentOf(form);
        CatalogueEntry entry = ownEntry(id, true);
        CatalogueVersion working = em.find(CatalogueVersion.class, entry.workingVersionId());
        String editor = currentStaff.username();
        CatalogueVersion changed;
        String column = columnOf(form, working.statutoryColumn());
        if (working.state().editableInPlace()) {
            working.change(content, editor, clock.instant());
            working.classify(column);
            changed = working;
        } else {
            changed = new CatalogueVersion(entry, working.number() + 1, content, editor, clock.instant());
            changed.classify(column);
            em.persist(changed);
            em.flush();
            for (CatalogueAttachment attachment : attachmentsOf(working.id())) {
                em.persist(attachment.copyFor(changed.id()));
            }
            entry.workOn(changed);
        }
        em.flush();
        em.refresh(changed);
        audit.record(editor, entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "ENTRY_CHANGED", "version " + changed.number() + ": " + content.title());
        return changed;
    }

    /**
     * Sends the working version to the confidentiality review (一事一审: one task per version; 先审查、后公开,
     * Art. 17 of the OGI Regulations). The text of the attachments (up to 20 files of 20 MB, PDF and
     * Word) is extracted first, without any lock and outside any transaction; then the entry is locked
     * and the submission goes ahead only if the version's content hash is still the one whose
     * attachments were read. When the version changed meanwhile, the extraction is done again once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CatalogueVersion submit(long id) {
        CatalogueEditing self = context.getBusinessObject(CatalogueEditing.class);
        for (int attempt = 1; ; attempt++) {
            Prescan prescan = self.prescan(id);
            Map<String, Optional<String>> texts = new HashMap<>();
            for (CatalogueAttachment attachment : prescan.attachments()) {
                texts.computeIfAbsent(attachment.sha256(), sha256 -> extractText(self.blobContent(sha256)));
            }
            try {
                return self.submitScanned(id, prescan.contentHash(), texts);
            } catch (ContentChangedException e) {
                if (attempt >= 2) {
                    throw new StateConflictException("entry_changed");
                }
            }
        }
    }

    /** What the submission will scan: the working version's content hash and its attachments (no bytes). */
    public record Prescan(String contentHash, List<CatalogueAttachment> attachments) {
    }

    /** Reads, without locking, what {@link #submit(long)} is about to scan. */
    public Prescan prescan(long id) {
        CatalogueEntry entry = ownEntry(id, false);
        CatalogueVersion working = em.find(CatalogueVersion.class, entry.workingVersionId());
        em.refresh(working);
        if (working.state() != VersionState.DRAFT && working.state() != VersionState.RETURNED) {
            throw new StateConflictException("entry_not_draft");
        }
        return new Prescan(working.contentHash(), attachmentsOf(working.id()));
    }

    /** The stored bytes of one attachment file, read in a short transaction of their own. */
    public byte[] blobContent(String sha256) {
        return em.createQuery("select b.content from CatalogueBlob b where b.sha256 = :sha256", byte[].class)
                .setParameter("sha256", sha256)
                .getSingleResult();
    }

    /** The text of a file, or empty when it cannot be read (then a person reviews it). */
    private Optional<String> extractText(byte[] content) {
        try {
            return Optional.of(extractor.extractText(content));
        } catch (AttachmentUnreadableException e) {
            return Optional.empty();
        }
    }

    /**
     * The submission itself, under the entry's lock, with the attachments' texts extracted before.
     *
     * @throws ContentChangedException when the version is no longer the one that was read
     */
    public CatalogueVersion submitScanned(long id, String scannedHash, Map<String, Optional<String>> texts) {
        CatalogueEntry entry = ownEntry(id, true);
        CatalogueVersion working = em.find(CatalogueVersion.class, entry.workingVersionId());
        em.refresh(working);
        if (working.state() != VersionState.DRAFT && working.state() != VersionState.RETURNED) {
            throw new StateConflictException("entry_not_draft");
        }
        List<CatalogueAttachment> attachments = attachmentsOf(working.id());
        if (!working.contentHash().equals(scannedHash)
                || !attachments.stream().allMatch(attachment -> texts.containsKey(attachment.sha256()))) {
            throw new ContentChangedException();
        }
        working.markSubmitted();
        em.flush();
        em.refresh(working);
        StringBuilder text = new StringBuilder(CatalogueTexts.reviewText(working));
        for (CatalogueAttachment attachment : attachments) {
            text.append("\n附件《").append(attachment.fileName()).append("》：");
            text.append(texts.get(attachment.sha256()).orElse("（无法读取，未经自动扫描，请人工审查）"));
        }
        reviews.submit(new ReviewSubmission(CataloguePublication.ITEM_TYPE, entry.id(), working.id(),
                entry.organCode(), working.title(), working.contentHash(), text.toString(), working.sensitive(),
                currentStaff.username(), working.contributorSet()));
        audit.record(currentStaff.username(), entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "ENTRY_SUBMITTED", "version " + working.number() + " hash " + working.contentHash());
        return working;
    }

    /** The version changed between the extraction of its attachments' text and the lock: nothing was done. */
    @ApplicationException(rollback = true)
    public static class ContentChangedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ContentChangedException() {
            super("the version changed while its attachments were read", null, false, false);
        }
    }

    /**
     * Applies the pre-scan's masking suggestions for personal data (PIPL Art. 25: phone
     * 138****1234, ID number keeping the first 2 and last 3 characters) as a change of the working
     * version, or as a new version when it is approved. Nothing changes when nothing is found.
     */
    public CatalogueVersion applyMasking(long id) {
        CatalogueEntry entry = ownEntry(id, true);
        CatalogueVersion working = workingVersion(entry);
        EntryContent content = working.content();
        CatalogueEntryCommand masked = formOf(content);
        masked.title = scan.maskPersonalData(content.title());
        masked.docNo = scan.maskPersonalData(content.docNo());
        masked.summary = scan.maskPersonalData(content.summary());
        masked.body = scan.maskPersonalData(content.body());
        if (masked.title.equals(content.title()) && java.util.Objects.equals(masked.docNo, content.docNo())
                && masked.summary.equals(content.summary()) && masked.body.equals(content.body())) {
            return working;
        }
        CatalogueVersion changed = update(id, masked);
        audit.record(currentStaff.username(), entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "MASKING_APPLIED", "version " + changed.number());
        return changed;
    }

    /** Takes a published entry down; the public keeps a notice of the withdrawal. */
    public CatalogueEntry withdraw(long id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("invalid_input", Map.of("reason", "请填写撤回理由（不超过1000字）"));
        }
        CatalogueEntry entry = ownEntry(id, true);
        if (!entry.isPublic()) {
            throw new StateConflictException("entry_not_published");
        }
        entry.withdraw(LocalDate.now(clock), reason.strip());
        audit.record(currentStaff.username(), entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "ENTRY_WITHDRAWN", reason.strip());
        changes.changed(entry.id());
        return entry;
    }

    /** Adds a file to the working version (a published entry first gets a new version). */
    public CatalogueAttachment attach(long id, String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("invalid_input", Map.of("name", "请提供文件名（不超过200字）"));
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("attachment_empty");
        }
        String mediaType = AttachmentTypes.detect(bytes)
                .orElseThrow(() -> new InvalidInputException("attachment_type"));
        CatalogueEntry entry = ownEntry(id, true);
        CatalogueVersion working = em.find(CatalogueVersion.class, entry.workingVersionId());
        if (!working.state().editableInPlace()) {
            working = update(id, formOf(working.content()));
        }
        List<CatalogueAttachment> existing = attachmentsOf(working.id());
        if (existing.size() >= MAX_ATTACHMENTS) {
            throw new StateConflictException("attachment_too_many", MAX_ATTACHMENTS);
        }
        int position = existing.stream().mapToInt(CatalogueAttachment::position).max().orElse(0) + 1;
        String sha256 = sha256(bytes);
        // Stored once by content: the same file attached again, or kept by a later version, is a reference.
        em.createNativeQuery("insert into catalogue_blob (sha256, size_bytes, content) values (?1, ?2, ?3) "
                        + "on conflict (sha256) do nothing")
                .setParameter(1, sha256)
                .setParameter(2, (long) bytes.length)
                .setParameter(3, bytes)
                .executeUpdate();
        CatalogueAttachment attachment = new CatalogueAttachment(working.id(), position, name, mediaType, bytes.length,
                sha256);
        em.persist(attachment);
        working.change(working.content(), currentStaff.username(), clock.instant());
        em.flush();
        audit.record(currentStaff.username(), entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "ATTACHMENT_ADDED", name + " (" + mediaType + ", " + bytes.length + " bytes) to version " + working.number());
        return attachment;
    }

    /**
     * Removes a file from the working version (a draft, returned, or in review — then the task
     * becomes stale, as with any change); a published entry first gets a new version, without the
     * file. The content hash changes with it, so no earlier approval covers the new content.
     */
    public void detach(long id, long attachmentId) {
        CatalogueEntry entry = ownEntry(id, true);
        CatalogueVersion working = em.find(CatalogueVersion.class, entry.workingVersionId());
        em.refresh(working);
        CatalogueAttachment wanted = attachmentsOf(working.id()).stream().filter(a -> a.id() == attachmentId)
                .findFirst().orElseThrow(() -> new UnknownItemException("attachment_unknown"));
        if (!working.state().editableInPlace()) {
            working = update(id, formOf(working.content()));
            wanted = attachmentsOf(working.id()).stream().filter(a -> a.position() == wantedPosition(attachmentId))
                    .findFirst().orElseThrow(() -> new UnknownItemException("attachment_unknown"));
        }
        em.remove(wanted);
        working.change(working.content(), currentStaff.username(), clock.instant());
        em.flush();
        audit.record(currentStaff.username(), entry.organCode(), CataloguePublication.ITEM_TYPE, entry.id().toString(),
                "ATTACHMENT_REMOVED", wanted.fileName() + " from version " + working.number());
    }

    private int wantedPosition(long attachmentId) {
        return em.find(CatalogueAttachment.class, attachmentId).position();
    }

    public CatalogueEntry entry(long id) {
        return ownEntry(id, false);
    }

    public CatalogueVersion workingVersion(CatalogueEntry entry) {
        CatalogueVersion working = em.find(CatalogueVersion.class, entry.workingVersionId());
        em.refresh(working);
        return working;
    }

    public List<CatalogueAttachment> attachmentsOf(long versionId) {
        return em.createQuery("select a from CatalogueAttachment a where a.versionId = :version order by a.position",
                        CatalogueAttachment.class)
                .setParameter("version", versionId)
                .getResultList();
    }

    /** The organ's entries, newest first, one page at a time, with their working versions. */
    public List<Object[]> page(int page, int size) {
        return em.createQuery("select e, v from CatalogueEntry e, CatalogueVersion v where v.id = e.workingVersionId "
                        + "and e.organCode = :organ order by e.id desc", Object[].class)
                .setParameter("organ", currentStaff.get().organ().code())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(e) from CatalogueEntry e where e.organCode = :organ", Long.class)
                .setParameter("organ", currentStaff.get().organ().code())
                .getSingleResult();
    }

    /** The Art. 26 deadline of the working version: published within 20 working days of being formed. */
    public Deadline deadlineOf(CatalogueVersion working) {
        boolean published = working.state() == VersionState.APPROVED || working.state() == VersionState.SUPERSEDED;
        return PublicationPeriod.deadline(working.formedOn(), published, LocalDate.now(clock), calendar.snapshot());
    }

    private CatalogueEntry ownEntry(long id, boolean lock) {
        CatalogueEntry entry = lock ? em.find(CatalogueEntry.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CatalogueEntry.class, id);
        if (entry == null || !entry.organCode().equals(currentStaff.get().organ().code())) {
            throw new UnknownItemException("entry_unknown");
        }
        return entry;
    }

    /** The form's 法定主动公开内容 column, checked against the tree; null keeps {@code current}, "" clears it. */
    private static String columnOf(CatalogueEntryCommand form, String current) {
        if (form.statutoryColumn == null) {
            return current;
        }
        String column = form.statutoryColumn.strip();
        if (column.isEmpty()) {
            return null;
        }
        if (!org.gongkai.catalogue.control.StatutoryColumns.exists(column)) {
            throw new InvalidInputException("invalid_input", Map.of("statutoryColumn",
                    "法定主动公开内容栏目不存在，请从栏目表中选择（如“法规文件/规范性文件”）"));
        }
        return column;
    }

    private EntryContent contentOf(CatalogueEntryCommand form) {
        if (form == null) {
            throw new InvalidInputException("malformed_body");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (!subjects.exists(form.subject)) {
            problems.put("subject", "主题分类不存在，请从主题分类表中选择");
        }
        if (!Genres.isKnown(form.genre)) {
            problems.put("genre", "体裁须为：" + String.join("、", Genres.ALL));
        }
        if (form.formedOn != null && form.formedOn.isAfter(today)) {
            problems.put("formedOn", "形成日期不能晚于今天");
        }
        if (form.writtenOn != null && form.writtenOn.isAfter(today)) {
            problems.put("writtenOn", "成文日期不能晚于今天");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        List<String> keywords = form.keywords == null ? List.of()
                : form.keywords.stream().map(String::strip).map(k -> k.replace(' ', '_')).distinct().toList();
        return new EntryContent(form.title.strip(), blankToNull(form.docNo), form.writtenOn, form.formedOn,
                form.subject, form.genre, form.validity, keywords, nullToEmpty(form.summary).strip(),
                HtmlCleaner.clean(form.body), form.disclosureMode == null ? "主动公开" : form.disclosureMode,
                Boolean.TRUE.equals(form.sensitive));
    }

    private static CatalogueEntryCommand formOf(EntryContent content) {
        CatalogueEntryCommand form = new CatalogueEntryCommand();
        form.title = content.title();
        form.docNo = content.docNo();
        form.writtenOn = content.writtenOn();
        form.formedOn = content.formedOn();
        form.subject = content.subject();
        form.genre = content.genre();
        form.validity = content.validity();
        form.keywords = content.keywords();
        form.summary = content.summary();
        form.body = content.body();
        form.disclosureMode = content.disclosureMode();
        form.sensitive = content.sensitive();
        return form;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
