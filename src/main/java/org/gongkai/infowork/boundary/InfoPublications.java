package org.gongkai.infowork.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Organ;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.infowork.control.IssueText;
import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.ItemStatus;
import org.gongkai.infowork.entity.Issue;
import org.gongkai.infowork.entity.Level;
import org.gongkai.infowork.entity.Publication;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewSubmission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publications (as data, written by the administrator) and their issues (期): the office's
 * editor compiles an issue from adopted items, numbered per publication and year; an issue of a
 * public publication goes to the confidentiality review and reaches the site only on its approval
 * ({@link IssuePublication}).
 */
@Stateless
public class InfoPublications {

    public static final String ISSUE_TYPE = IssuePublication.ITEM_TYPE;

    /** An issue with its items in their order and the names of the units. */
    public record Compiled(Issue issue, Publication publication, List<InfoItem> items, Map<String, String> organNames,
                           String organName) {
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
    ReviewTasks reviews;

    @RolesAllowed({"INFO_EDITOR", "INFO_OFFICER", "ADMIN", "LEADER"})
    public List<Publication> all() {
        return em.createQuery("select p from Publication p order by p.level, p.code", Publication.class).getResultList();
    }

    @RolesAllowed("ADMIN")
    public Publication save(InfoCommands.PublicationRecord form) {
        if (form == null) {
            throw new InvalidInputException("invalid_input", Map.of("code", "请填写"));
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        String code = InfoItems.check(problems, "code", form.code, 40);
        if (code != null && !code.matches("[A-Z0-9_]{2,40}")) {
            problems.put("code", "由2至40位大写字母、数字或下划线组成");
        }
        String name = InfoItems.check(problems, "name", form.name, 200);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        Level level = InfoItems.enumOf(Level.class, "level", form.level == null ? "" : form.level);
        boolean external = Boolean.TRUE.equals(form.external);
        Publication publication = em.find(Publication.class, code);
        if (publication == null) {
            publication = new Publication(code, name, level, Boolean.TRUE.equals(form.isPublic),
                    external ? null : currentStaff.get().organ().code(), clock.instant());
            em.persist(publication);
        } else {
            publication.change(name, level, Boolean.TRUE.equals(form.isPublic));
        }
        audit.record(currentStaff.username(), publication.organCode(), "INFO_PUBLICATION", code, "INFO_PUBLICATION_SAVED",
                "《" + name + "》" + level.label() + (publication.isPublic() ? "，公开" : "，内部") + (external ? "，上级刊物" : ""));
        return publication;
    }

    /** Compiles the next issue of a publication from adopted items, in the order given. */
    @RolesAllowed("INFO_EDITOR")
    public Compiled compile(InfoCommands.IssueRecord form) {
        if (form == null || form.items == null || form.items.isEmpty()) {
            throw new InvalidInputException("invalid_input", Map.of("items", "请选择已采用的信息"));
        }
        Publication publication = form.publication == null ? null : em.find(Publication.class, form.publication.strip());
        if (publication == null || publication.external()) {
            throw new InvalidInputException("invalid_input", Map.of("publication", "本机关的刊物不存在"));
        }
        Set<Long> ids = new LinkedHashSet<>(form.items);
        if (ids.size() > 200) {
            throw new InvalidInputException("invalid_input", Map.of("items", "一期不超过200条"));
        }
        List<InfoItem> items = new ArrayList<>();
        for (Long id : ids) {
            InfoItem item = id == null ? null : em.find(InfoItem.class, id);
            if (item == null || item.status() != ItemStatus.ADOPTED || !publication.code().equals(item.publicationCode())) {
                throw new InvalidInputException("invalid_input", Map.of("items", "信息 " + id + " 未被《" + publication.name() + "》采用"));
            }
            items.add(item);
        }
        LocalDate today = LocalDate.now(clock.withZone(ScoreLedger.ZONE));
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "info_issue:" + publication.code())
                .getSingleResult();
        Number last = (Number) em.createNativeQuery("select coalesce(max(number), 0) from info_issue where publication_code = ?1 and year = ?2")
                .setParameter(1, publication.code()).setParameter(2, today.getYear()).getSingleResult();
        int number = last.intValue() + 1;
        String organ = currentStaff.get().organ().code();
        Map<String, String> names = organNames();
        String content = IssueText.compose(publication.name(), today.getYear(), number, currentStaff.get().organ().name(),
                today, items, names);
        Issue issue = new Issue(publication.code(), today.getYear(), number, organ, today, content, publication.isPublic(),
                currentStaff.username(), clock.instant());
        em.persist(issue);
        em.flush();
        int position = 0;
        for (InfoItem item : items) {
            em.createNativeQuery("insert into info_issue_item (issue_id, item_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, issue.id()).setParameter(2, item.id()).setParameter(3, ++position).executeUpdate();
        }
        em.refresh(issue);
        audit.record(currentStaff.username(), organ, ISSUE_TYPE, issue.id().toString(), "INFO_ISSUE_COMPILED",
                "《" + publication.name() + "》" + today.getYear() + "年第" + number + "期，" + items.size() + "条"
                        + (publication.isPublic() ? "，送保密审查" : ""));
        if (publication.isPublic()) {
            reviews.submit(new ReviewSubmission(ISSUE_TYPE, issue.id(), issue.id(), organ,
                    "《" + publication.name() + "》" + today.getYear() + "年第" + number + "期", issue.contentHash(), content,
                    false, currentStaff.username(), Set.of(currentStaff.username())));
        }
        return new Compiled(issue, publication, items, names, currentStaff.get().organ().name());
    }

    @RolesAllowed({"INFO_EDITOR", "LEADER"})
    public Compiled issue(long id) {
        Issue issue = em.find(Issue.class, id);
        if (issue == null) {
            throw new UnknownItemException("not_found");
        }
        return compiled(issue);
    }

    Compiled compiled(Issue issue) {
        List<InfoItem> items = em.createQuery("select i from InfoItem i, IssueLine l where l.itemId = i.id and l.issueId = :issue "
                + "order by l.position", InfoItem.class).setParameter("issue", issue.id()).getResultList();
        Organ organ = em.find(Organ.class, issue.organCode());
        return new Compiled(issue, em.find(Publication.class, issue.publicationCode()), items, organNames(), organ.name());
    }

    @RolesAllowed({"INFO_EDITOR", "LEADER"})
    public List<Issue> issues(int year) {
        return em.createQuery("select i from Issue i where i.year = :year order by i.publicationCode, i.number desc", Issue.class)
                .setParameter("year", year).getResultList();
    }

    /** Issues of public publications that passed the review, newest first: what the site shows. */
    public List<Issue> published(int limit) {
        return em.createQuery("select i from Issue i where i.publishedAt is not null order by i.publishedAt desc", Issue.class)
                .setMaxResults(Math.min(limit, 100)).getResultList();
    }

    /** A published issue, as the public may read it; 404 for any other. */
    public Compiled publishedIssue(long id) {
        Issue issue = em.find(Issue.class, id);
        if (issue == null || issue.publishedAt() == null) {
            throw new UnknownItemException("not_found");
        }
        return compiled(issue);
    }

    Map<String, String> organNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select o from Organ o", Organ.class).getResultList().forEach(o -> names.put(o.code(), o.name()));
        return names;
    }
}
