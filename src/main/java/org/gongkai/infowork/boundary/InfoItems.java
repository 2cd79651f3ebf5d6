package org.gongkai.infowork.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.infowork.control.Scoring;
import org.gongkai.infowork.control.TextFingerprint;
import org.gongkai.infowork.entity.AdoptionForm;
import org.gongkai.infowork.entity.Commission;
import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.Instruction;
import org.gongkai.infowork.entity.ItemStatus;
import org.gongkai.infowork.entity.ItemType;
import org.gongkai.infowork.entity.Level;
import org.gongkai.infowork.entity.Publication;
import org.gongkai.infowork.entity.Route;
import org.gongkai.infowork.entity.Upward;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Items from the unit's draft to the office's decision, and what happens to them after: the
 * officer drafts, records the head who signed it (审签) and submits; the office's editor returns,
 * declines (archived, still counted as submitted) or adopts it with the edited text, records its
 * adoption by a higher level and leaders' instructions; the unit reports its feedback. Each action
 * is one transaction with one audit event, and books its points in the ledger. An officer sees only
 * the unit's items (and, once submitted, joint items the unit shares); anything else is 404.
 */
@Stateless
public class InfoItems {

    public static final String ITEM_TYPE = "INFO_ITEM";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_PAGE = 500;

    /** An item row of a list, with the points it has earned so far (all units together). */
    public record Row(InfoItem item, BigDecimal points, boolean duplicate) {
    }

    /** An item with everything the detail view shows. */
    public record Detail(InfoItem item, List<Upward> upwards, List<Instruction> instructions, List<Long> duplicates,
                         BigDecimal points, List<AuditEvent> history) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ScoreLedger ledger;

    @Inject
    InfoRules rules;

    // ------------------------------------------------------------------ the unit's officer

    @RolesAllowed("INFO_OFFICER")
    public InfoItem draft(InfoCommands.Draft form) {
        String organ = currentStaff.get().organ().code();
        InfoItem item = new InfoItem(organ, currentStaff.username(), clock.instant());
        write(item, form, organ);
        em.persist(item);
        em.flush();
        audit.record(currentStaff.username(), organ, ITEM_TYPE, item.id().toString(), "INFO_ITEM_DRAFTED",
                item.type().label() + "《" + item.title() + "》" + joint(item));
        return item;
    }

    @RolesAllowed("INFO_OFFICER")
    public InfoItem edit(long id, InfoCommands.Draft form) {
        InfoItem item = ownUnit(id);
        write(item, form, item.organCode());
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_ITEM_EDITED",
                "《" + item.title() + "》" + joint(item));
        return item;
    }

    @RolesAllowed("INFO_OFFICER")
    public InfoItem submit(long id, InfoCommands.Submit form) {
        InfoItem item = ownUnit(id);
        String signer = required("signer", form == null ? null : form.signer, 100);
        boolean first = item.submittedAt() == null;
        item.submit(signer, clock.instant(), today(), TextFingerprint.of(item.body()));
        em.flush();
        if (first) {
            InfoRules.Versioned inForce = rules.inForce(item.year());
            ledger.settle(Scoring.submission(item, inForce.rules()), inForce.version());
        }
        String answered = "";
        if (item.commissionId() != null) {
            Commission commission = em.find(Commission.class, item.commissionId());
            int updated = em.createNativeQuery("update info_commission_organ set status = 'ANSWERED', item_id = ?1 "
                            + "where commission_id = ?2 and organ_code = ?3 and status = 'OPEN'")
                    .setParameter(1, item.id()).setParameter(2, commission.id()).setParameter(3, item.organCode())
                    .executeUpdate();
            answered = updated > 0 ? "；答复约稿《" + commission.topic() + "》" : "";
        }
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_ITEM_SUBMITTED",
                "《" + item.title() + "》审签：" + signer + answered);
        return item;
    }

    @RolesAllowed("INFO_OFFICER")
    public Instruction feedback(long itemId, long instructionId, InfoCommands.Feedback form) {
        InfoItem item = visible(itemId);
        Instruction instruction = em.find(Instruction.class, instructionId, LockModeType.PESSIMISTIC_WRITE);
        if (instruction == null || instruction.itemId() != itemId) {
            throw new UnknownItemException("not_found");
        }
        String text = required("text", form == null ? null : form.text, 4000);
        instruction.reportFeedback(text, clock.instant(), currentStaff.username());
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_FEEDBACK_REPORTED",
                "批示落实反馈（" + instruction.leader() + "）" + (instruction.overdue(today(), ScoreLedger.ZONE) ? "，逾期" : ""));
        return instruction;
    }

    private void write(InfoItem item, InfoCommands.Draft form, String organ) {
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of("title", "请填写"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String title = check(problems, "title", form.title, MAX_TITLE);
        String body = check(problems, "body", form.body, MAX_BODY);
        ItemType type = null;
        try {
            type = form.type == null ? null : ItemType.valueOf(form.type.strip());
        } catch (IllegalArgumentException e) {
            // answered below
        }
        if (type == null) {
            problems.put("type", "须为：" + Arrays.stream(ItemType.values()).map(Enum::name).collect(Collectors.joining("、")));
        }
        Set<String> joint = new TreeSet<>();
        if (form.jointOrgans != null) {
            for (String code : form.jointOrgans) {
                if (code == null || em.find(Organ.class, code) == null) {
                    problems.put("jointOrgans", "合报单位代码不存在：" + code);
                } else if (!code.equals(organ)) {
                    joint.add(code);
                }
            }
            if (joint.size() > 20) {
                problems.put("jointOrgans", "合报单位不超过20个");
            }
        }
        if (form.commission != null) {
            Object asked = em.createNativeQuery("select count(*) from info_commission_organ where commission_id = ?1 and organ_code = ?2")
                    .setParameter(1, form.commission).setParameter(2, organ).getSingleResult();
            if (((Number) asked).intValue() == 0) {
                problems.put("commission", "本单位未收到该约稿");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        item.write(title, body, type, Boolean.TRUE.equals(form.negative), form.commission, joint);
    }

    // ------------------------------------------------------------------ the office's editor

    @RolesAllowed("INFO_EDITOR")
    public InfoItem returnItem(long id, InfoCommands.Reason form) {
        InfoItem item = locked(id);
        String reason = required("reason", form == null ? null : form.reason, 1000);
        item.returnToUnit(reason);
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_ITEM_RETURNED", reason);
        return item;
    }

    @RolesAllowed("INFO_EDITOR")
    public InfoItem decline(long id, InfoCommands.Reason form) {
        InfoItem item = locked(id);
        String reason = required("reason", form == null ? null : form.reason, 1000);
        item.decline(reason);
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_ITEM_DECLINED", reason);
        return item;
    }

    @RolesAllowed("INFO_EDITOR")
    public InfoItem adopt(long id, InfoCommands.Adopt form) {
        InfoItem item = locked(id);
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of("publication", "请填写"));
        }
        Publication publication = publication(form.publication);
        if (publication.external()) {
            throw new InvalidInputException("invalid_input", Map.of("publication", "上级刊物的采用请登记为上级采用"));
        }
        AdoptionForm adoptionForm = enumOf(AdoptionForm.class, "form", form.form == null ? "SINGLE" : form.form);
        String title = form.title == null || form.title.isBlank() ? item.title() : required("title", form.title, MAX_TITLE);
        String body = form.body == null || form.body.isBlank() ? item.body() : required("body", form.body, MAX_BODY);
        item.adopt(publication.code(), adoptionForm, title, body, today(), currentStaff.username());
        em.flush();
        InfoRules.Versioned inForce = rules.inForce(today().getYear());
        ledger.settle(Scoring.adoption(item, publication, inForce.rules()), inForce.version());
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_ITEM_ADOPTED",
                "《" + publication.name() + "》" + adoptionForm.label() + "《" + title + "》"
                        + (title.equals(item.title()) && body.equals(item.body()) ? "" : "（经编辑）"));
        return item;
    }

    @RolesAllowed("INFO_EDITOR")
    public Upward upward(long id, InfoCommands.UpwardAdoption form) {
        InfoItem item = locked(id);
        if (!item.status().submitted() || item.status() == ItemStatus.RETURNED) {
            throw new StateConflictException("info_item_not_submitted");
        }
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of("publication", "请填写"));
        }
        Publication publication = publication(form.publication);
        if (!publication.external()) {
            throw new InvalidInputException("invalid_input", Map.of("publication", "须为上级刊物"));
        }
        Route route = enumOf(Route.class, "route", form.route == null ? "DIRECT" : form.route);
        LocalDate on = form.adoptedOn == null ? today() : form.adoptedOn;
        if (on.isAfter(today()) || (item.submittedOn() != null && on.isBefore(item.submittedOn()))) {
            throw new InvalidInputException("invalid_input", Map.of("adoptedOn", "采用日期须在报送之后、今日之前"));
        }
        Long already = em.createQuery("select count(u) from Upward u where u.itemId = :item and u.publicationCode = :p", Long.class)
                .setParameter("item", id).setParameter("p", publication.code()).getSingleResult();
        if (already > 0) {
            throw new StateConflictException("info_upward_recorded");
        }
        Upward upward = new Upward(id, publication.code(), on, route, currentStaff.username(), clock.instant());
        em.persist(upward);
        em.flush();
        InfoRules.Versioned inForce = rules.inForce(on.getYear());
        ledger.settle(Scoring.upward(item, upward, publication, inForce.rules()), inForce.version());
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_ITEM_UPWARD",
                publication.level().label() + "《" + publication.name() + "》采用（" + route.label() + "，" + on + "）");
        return upward;
    }

    @RolesAllowed("INFO_EDITOR")
    public Instruction instruct(long id, InfoCommands.InstructionRecord form) {
        InfoItem item = locked(id);
        if (!item.status().submitted()) {
            throw new StateConflictException("info_item_not_submitted");
        }
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of("leader", "请填写"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String leader = check(problems, "leader", form.leader, 100);
        String text = check(problems, "text", form.text, 2000);
        Level level = null;
        try {
            level = Level.valueOf(form.level == null ? "" : form.level.strip());
        } catch (IllegalArgumentException e) {
            problems.put("level", "须为 COUNTY、CITY、PROVINCE 或 STATE");
        }
        LocalDate given = form.givenOn == null ? today() : form.givenOn;
        if (given.isAfter(today())) {
            problems.put("givenOn", "批示日期不能晚于今日");
        }
        if (form.feedbackDue == null || form.feedbackDue.isBefore(given)) {
            problems.put("feedbackDue", "请填写反馈期限（不早于批示日期）");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        Instruction instruction = new Instruction(id, leader, level, text, given, form.feedbackDue,
                currentStaff.username(), clock.instant());
        em.persist(instruction);
        em.flush();
        Instruction first = em.createQuery("select i from Instruction i where i.itemId = :item and i.level = :level "
                        + "order by i.givenOn, i.id", Instruction.class)
                .setParameter("item", id).setParameter("level", level).setMaxResults(1).getSingleResult();
        InfoRules.Versioned inForce = rules.inForce(first.givenOn().getYear());
        int rows = ledger.settle(Scoring.instruction(item, level, first.givenOn(), first.leader(), inForce.rules()),
                inForce.version());
        audit.record(currentStaff.username(), item.organCode(), ITEM_TYPE, item.id().toString(), "INFO_INSTRUCTION_RECORDED",
                level.label() + "领导批示（" + leader + "，" + given + "），反馈期限" + form.feedbackDue
                        + (rows == 0 && first.id() != instruction.id().longValue() ? "；同级批示已计分，不重复计分" : ""));
        return instruction;
    }

    /** The office records an urgent-information fault it found (until the urgent feature reports them itself). */
    @RolesAllowed("INFO_EDITOR")
    public boolean recordFault(InfoCommands.FaultRecord form) {
        return ledger.recordUrgentFault(form.organ, form.year, form.kind, form.incident, form.reason);
    }

    // ------------------------------------------------------------------ reading

    /** Items the caller may see, newest first: the office sees every unit's submitted items, an officer the unit's own. */
    @RolesAllowed({"INFO_OFFICER", "INFO_EDITOR"})
    public List<Row> list(ItemStatus status, String organ, Integer year, Integer month, int page, int size) {
        boolean editor = currentStaff.hasRole(Role.INFO_EDITOR);
        String own = currentStaff.get().organ().code();
        StringBuilder jpql = new StringBuilder("select i from InfoItem i where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!editor) {
            jpql.append(" and (i.organCode = :own or (i.status <> :draft and i.id in "
                    + "(select k.id from InfoItem k join k.jointOrgans j where j = :own)))");
            parameters.put("own", own);
            parameters.put("draft", ItemStatus.DRAFT);
        } else {
            jpql.append(" and (i.status <> :draft or i.organCode = :own)");
            parameters.put("own", own);
            parameters.put("draft", ItemStatus.DRAFT);
        }
        if (status != null) {
            jpql.append(" and i.status = :status");
            parameters.put("status", status);
        }
        if (organ != null && !organ.isBlank()) {
            jpql.append(" and i.organCode = :organ");
            parameters.put("organ", organ.strip());
        }
        if (year != null) {
            jpql.append(" and i.year = :year");
            parameters.put("year", year);
        }
        if (month != null) {
            jpql.append(" and i.month = :month");
            parameters.put("month", month);
        }
        jpql.append(" order by i.id desc");
        var query = em.createQuery(jpql.toString(), InfoItem.class);
        parameters.forEach(query::setParameter);
        List<InfoItem> items = query.setFirstResult((page - 1) * size).setMaxResults(Math.min(size, MAX_PAGE)).getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(InfoItem::id).toList();
        Map<Long, BigDecimal> points = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select l.itemId, sum(l.points) from LedgerEntry l where l.itemId in :ids group by l.itemId",
                Object[].class).setParameter("ids", ids).getResultList()) {
            points.put((Long) row[0], (BigDecimal) row[1]);
        }
        Set<String> hashes = items.stream().map(InfoItem::bodyHash).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> repeated = new java.util.HashSet<>();
        if (!hashes.isEmpty()) {
            repeated.addAll(em.createQuery("select i.bodyHash from InfoItem i where i.bodyHash in :hashes group by i.bodyHash "
                    + "having count(i) > 1", String.class).setParameter("hashes", hashes).getResultList());
        }
        return items.stream().map(i -> new Row(i, points.getOrDefault(i.id(), BigDecimal.ZERO),
                i.bodyHash() != null && repeated.contains(i.bodyHash()))).toList();
    }

    @RolesAllowed({"INFO_OFFICER", "INFO_EDITOR"})
    public Detail detail(long id) {
        InfoItem item = visible(id);
        List<Upward> upwards = em.createQuery("select u from Upward u where u.itemId = :item order by u.adoptedOn, u.id", Upward.class)
                .setParameter("item", id).getResultList();
        List<Instruction> instructions = em.createQuery("select i from Instruction i where i.itemId = :item order by i.givenOn, i.id",
                Instruction.class).setParameter("item", id).getResultList();
        List<Long> duplicates = item.bodyHash() == null ? List.of()
                : em.createQuery("select i.id from InfoItem i where i.bodyHash = :hash and i.id <> :id order by i.id", Long.class)
                .setParameter("hash", item.bodyHash()).setParameter("id", id).setMaxResults(20).getResultList();
        BigDecimal points = em.createQuery("select coalesce(sum(l.points), 0) from LedgerEntry l where l.itemId = :id", BigDecimal.class)
                .setParameter("id", id).getSingleResult();
        return new Detail(item, upwards, instructions, duplicates, points, audit.historyOf(ITEM_TYPE, Long.toString(id)));
    }

    /** Whether the instruction's feedback is overdue today. */
    @RolesAllowed({"INFO_OFFICER", "INFO_EDITOR", "LEADER"})
    public boolean overdue(Instruction instruction) {
        return instruction.overdue(today(), ScoreLedger.ZONE);
    }

    /** Instructions whose feedback is still awaited: of the caller's unit for an officer, of all units for the office. */
    @RolesAllowed({"INFO_OFFICER", "INFO_EDITOR"})
    public List<Instruction> awaitingFeedback() {
        if (currentStaff.hasRole(Role.INFO_EDITOR)) {
            return em.createQuery("select i from Instruction i where i.feedback is null order by i.feedbackDue", Instruction.class)
                    .setMaxResults(MAX_PAGE).getResultList();
        }
        return em.createQuery("select n from Instruction n, InfoItem i where n.itemId = i.id and n.feedback is null "
                        + "and (i.organCode = :own or i.id in (select k.id from InfoItem k join k.jointOrgans j where j = :own)) "
                        + "order by n.feedbackDue", Instruction.class)
                .setParameter("own", currentStaff.get().organ().code()).setMaxResults(MAX_PAGE).getResultList();
    }

    // ------------------------------------------------------------------ helpers

    LocalDate today() {
        return LocalDate.now(clock.withZone(ScoreLedger.ZONE));
    }

    /** An item the caller's unit owns, locked; 404 for another unit's. */
    private InfoItem ownUnit(long id) {
        InfoItem item = em.find(InfoItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || !item.organCode().equals(currentStaff.get().organ().code())) {
            throw new UnknownItemException("not_found");
        }
        return item;
    }

    private InfoItem locked(long id) {
        InfoItem item = em.find(InfoItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.status() == ItemStatus.DRAFT) {
            throw new UnknownItemException("not_found");
        }
        return item;
    }

    /** An item the caller may read; 404 otherwise (another unit's, or a draft the office has not received). */
    InfoItem visible(long id) {
        InfoItem item = em.find(InfoItem.class, id);
        if (item == null) {
            throw new UnknownItemException("not_found");
        }
        String own = currentStaff.get().organ().code();
        boolean ownUnit = item.organCode().equals(own);
        boolean joint = item.status() != ItemStatus.DRAFT && item.jointOrgans().contains(own);
        boolean office = currentStaff.hasRole(Role.INFO_EDITOR) && item.status() != ItemStatus.DRAFT;
        boolean officer = currentStaff.hasRole(Role.INFO_OFFICER) && (ownUnit || joint);
        if (!office && !officer) {
            throw new UnknownItemException("not_found");
        }
        return item;
    }

    private Publication publication(String code) {
        Publication publication = code == null ? null : em.find(Publication.class, code.strip());
        if (publication == null) {
            throw new InvalidInputException("invalid_input", Map.of("publication", "刊物不存在"));
        }
        return publication;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid_input", Map.of(field, "须为：" + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining("、"))));
        }
    }

    static String required(String field, String value, int max) {
        Map<String, String> problems = new LinkedHashMap<>();
        String checked = check(problems, field, value, max);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        return checked;
    }

    static String check(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, "请填写");
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.put(field, "不超过" + max + "字");
        }
        return stripped;
    }

    private static String joint(InfoItem item) {
        return item.jointOrgans().isEmpty() ? "" : "，合报单位：" + String.join("、", item.jointOrgans());
    }
}
