package org.gongkai.column.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.column.entity.Article;
import org.gongkai.column.entity.ColumnType;
import org.gongkai.column.entity.SiteColumn;
import org.gongkai.platform.entity.ForbiddenActionException;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.StateConflictException;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewSubmission;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's columns: set up by the administrator, written by the editors of the column's organ
 * (网上投稿) through the confidentiality review (item type {@link #ITEM_TYPE}), read by everyone.
 * A column bound to a catalogue subject or genre also lists the catalogue's published entries.
 */
@Stateless
public class SiteColumns {

    public static final String ITEM_TYPE = "ARTICLE";
    static final String AUDIT_TYPE = "SITE_COLUMN";

    /** A published article as the public reads it. */
    public record Published(long id, String columnCode, String title, String body, String source, LocalDate publishedOn) {
    }

    /** A catalogue entry listed in a column. */
    public record Listed(String indexNo, String title, LocalDate publishedOn) {
    }

    /** A column with its newest articles and, when bound, its newest catalogue entries. */
    public record ColumnPage(SiteColumn column, String organName, long total, List<Published> articles,
                             List<Listed> entries) {
    }

    /** A submitted article and its review task. */
    public record Submitted(Article article, long reviewTaskId) {
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
    Organs organs;

    @Inject
    ReviewTasks reviews;

    @Inject
    CataloguePublic catalogue;

    @RolesAllowed("ADMIN")
    public SiteColumn create(@Valid ColumnCommand form) {
        if (em.find(SiteColumn.class, form.code) != null) {
            throw new StateConflictException("column_exists");
        }
        SiteColumn column = new SiteColumn(form.code, LocalDate.now(clock), clock.instant());
        define(column, form);
        em.persist(column);
        em.flush();
        audit.record(currentStaff.username(), column.organCode(), AUDIT_TYPE, column.code(), "COLUMN_CREATED",
                describe(column));
        return column;
    }

    @RolesAllowed("ADMIN")
    public SiteColumn update(String code, @Valid ColumnCommand form) {
        SiteColumn column = find(code);
        if (!code.equals(form.code)) {
            throw new InvalidInputException("invalid_input", Map.of("code", "栏目代码不能修改"));
        }
        define(column, form);
        audit.record(currentStaff.username(), column.organCode(), AUDIT_TYPE, column.code(), "COLUMN_CHANGED",
                describe(column));
        return column;
    }

    /** An editor of the column's organ submits an article; it is public only after the review approves it. */
    @RolesAllowed("EDITOR")
    public Submitted submit(String code, String title, String body, String source) {
        SiteColumn column = find(code);
        StaffUser editor = currentStaff.get();
        if (!editor.organ().code().equals(column.organCode())) {
            throw new ForbiddenActionException("forbidden");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String t = clean(title);
        String b = clean(body);
        String s = clean(source);
        if (t == null || t.length() > 200) {
            problems.put("title", "请填写标题（不超过200字）");
        }
        if (b == null || b.length() < 5 || b.length() > 50000) {
            problems.put("body", "请填写正文（5至50000字）");
        }
        if (s != null && s.length() > 200) {
            problems.put("source", "来源不超过200字");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        Article article = new Article(column.code(), t, b, s, editor.username(), clock.instant());
        em.persist(article);
        em.flush();
        em.refresh(article);
        var task = reviews.submit(new ReviewSubmission(ITEM_TYPE, article.id(), article.id(), column.organCode(), t,
                article.contentHash(), t + "\n" + b + (s == null ? "" : "\n" + s), false, editor.username(),
                Set.of(editor.username())));
        audit.record(editor.username(), column.organCode(), ITEM_TYPE, article.id().toString(), "ARTICLE_SUBMITTED",
                "column " + column.code() + ", review task " + task.id());
        return new Submitted(article, task.id());
    }

    @PermitAll
    public List<SiteColumn> all() {
        return em.createQuery("select c from SiteColumn c order by c.code", SiteColumn.class).getResultList();
    }

    @PermitAll
    public SiteColumn find(String code) {
        SiteColumn column = code == null ? null : em.find(SiteColumn.class, code);
        if (column == null) {
            throw new UnknownItemException("column_unknown");
        }
        return column;
    }

    /** A page of the column's published articles, newest first, with its newest catalogue entries. */
    @PermitAll
    public ColumnPage page(String code, int page, int size) {
        SiteColumn column = find(code);
        long total = em.createQuery("select count(a) from Article a where a.columnCode = :code "
                        + "and a.state = org.gongkai.column.entity.ArticleState.PUBLISHED", Long.class)
                .setParameter("code", code).getSingleResult();
        List<Published> articles = em.createQuery("select a from Article a where a.columnCode = :code "
                        + "and a.state = org.gongkai.column.entity.ArticleState.PUBLISHED "
                        + "order by a.publishedOn desc, a.id desc", Article.class)
                .setParameter("code", code)
                .setFirstResult(Math.max(0, page) * size).setMaxResults(size)
                .getResultStream().map(SiteColumns::published).toList();
        List<Listed> entries = column.boundToCatalogue()
                ? catalogue.newestListed(column.catalogueSubject(), column.catalogueGenre(), size).stream()
                .map(l -> new Listed(l.indexNo(), l.title(), l.publishedOn())).toList()
                : List.of();
        return new ColumnPage(column, organs.find(column.organCode()).map(Organ::name).orElse(column.organCode()),
                total, articles, entries);
    }

    /** A published article, or 404. */
    @PermitAll
    public Published article(long id) {
        Article article = em.find(Article.class, id);
        if (article == null || article.state() != org.gongkai.column.entity.ArticleState.PUBLISHED) {
            throw new UnknownItemException("article_unknown");
        }
        return published(article);
    }

    /** The newest published articles of all columns, for the home page. */
    @PermitAll
    public List<Published> newest(int limit) {
        return em.createQuery("select a from Article a where a.state = org.gongkai.column.entity.ArticleState.PUBLISHED "
                        + "order by a.publishedOn desc, a.id desc", Article.class)
                .setMaxResults(limit).getResultStream().map(SiteColumns::published).toList();
    }

    /** The day each column last published something (articles, and catalogue entries when bound). */
    @PermitAll
    public Map<String, LocalDate> lastPublished() {
        Map<String, LocalDate> last = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select column_code, max(published_on) from column_article "
                + "where state = 'PUBLISHED' group by column_code").getResultList();
        for (Object[] row : rows) {
            last.put(row[0].toString(), ((Date) row[1]).toLocalDate());
        }
        for (SiteColumn column : all()) {
            if (column.boundToCatalogue()) {
                catalogue.newestListed(column.catalogueSubject(), column.catalogueGenre(), 1).stream().findFirst()
                        .map(CataloguePublic.Listed::publishedOn)
                        .ifPresent(day -> last.merge(column.code(), day, (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        return last;
    }

    private void define(SiteColumn column, ColumnCommand form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (organs.find(form.organ).isEmpty()) {
            problems.put("organ", "该机关不存在");
        }
        String backup = clean(form.backupEditor);
        if (!isStaff(form.editor)) {
            problems.put("editor", "责任编辑须为已有的工作人员账号");
        }
        if (backup != null && !isStaff(backup)) {
            problems.put("backupEditor", "备岗编辑须为已有的工作人员账号");
        }
        if (backup != null && backup.equals(form.editor)) {
            problems.put("backupEditor", "备岗编辑不能与责任编辑为同一人");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid_input", problems);
        }
        column.define(form.name.strip(), ColumnType.valueOf(form.type), form.organ, form.editor, backup, form.cycleDays,
                clean(form.contactEmail), clean(form.catalogueSubject), clean(form.catalogueGenre));
    }

    private boolean isStaff(String username) {
        return username != null && em.find(StaffUser.class, username) != null;
    }

    private static String describe(SiteColumn c) {
        return c.name() + " type " + c.type() + " organ " + c.organCode() + " editor " + c.editor()
                + (c.backupEditor() == null ? "" : " backup " + c.backupEditor()) + " cycle " + c.cycleDays() + " days"
                + (c.boundToCatalogue() ? " catalogue " + c.catalogueSubject() + "/" + c.catalogueGenre() : "");
    }

    private static Published published(Article a) {
        return new Published(a.id(), a.columnCode(), a.title(), a.body(), a.source(), a.publishedOn());
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
