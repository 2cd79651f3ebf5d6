package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.gongkai.catalogue.entity.CatalogueAttachment;
import org.gongkai.catalogue.entity.CatalogueEntry;
import org.gongkai.catalogue.entity.CatalogueVersion;
import org.gongkai.platform.entity.UnknownItemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the public may read of the catalogue: published, not withdrawn entries, and only the
 * version the review approved. Anything else is unknown (404), never "forbidden".
 */
@Stateless
@PermitAll
public class CataloguePublic {

    /** Browsing filters; null means any. */
    public record Filter(String organ, String subject, String genre, Integer year, String validity) {
    }

    /**
     * The advanced search's criteria (高级检索): part of an index number (索引号) or of a document
     * number (文号), the words in the title only, a publication date range, and the order (newest
     * first, or by relevance).
     */
    public record Advanced(String indexNo, String docNo, boolean titleOnly, LocalDate from, LocalDate to,
                           boolean byDate, String column) {

        public static final Advanced NONE = new Advanced(null, null, false, null, null, false, null);

        /** Nothing beyond words and facets: the index ranks by relevance. */
        public boolean plain() {
            return indexNo == null && docNo == null && !titleOnly && from == null && to == null && !byDate
                    && column == null;
        }
    }

    /** One published entry with its approved version. */
    public record Published(CatalogueEntry entry, CatalogueVersion version, String organName) {
    }

    /** What a list of entries shows of one public entry (the approved version's metadata, no body). */
    public record Listed(long id, String indexNo, String title, String organCode, String organName, String docNo,
                         LocalDate writtenOn, LocalDate publishedOn, String subject, String genre, String validity,
                         String summary) {
    }

    public record Page(long total, List<Published> items, Map<String, Map<String, Long>> facets) {
    }

    private static final String FROM = " from CatalogueEntry e, CatalogueVersion v, Organ o "
            + "where v.id = e.publishedVersionId and e.withdrawnOn is null and o.code = e.organCode";

    @PersistenceContext
    EntityManager em;

    /** A page of published entries, newest first, with the count per facet under the same filter. */
    public Page browse(Filter filter, int page, int size) {
        return browse(filter, null, page, size, true);
    }

    /**
     * As {@link #browse(Filter, int, int)}, narrowed to entries containing every word of
     * {@code words} (substring match) when given.
     */
    public Page browse(Filter filter, List<String> words, int page, int size, boolean withFacets) {
        return browse(filter, words, Advanced.NONE, page, size, withFacets);
    }

    /** As {@link #browse(Filter, List, int, int, boolean)}, narrowed by the advanced search's criteria. */
    public Page browse(Filter filter, List<String> words, Advanced advanced, int page, int size, boolean withFacets) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (advanced.indexNo() != null) {
            where.append(" and e.indexNo like :indexNo");
            parameters.put("indexNo", "%" + literal(advanced.indexNo()) + "%");
        }
        if (advanced.docNo() != null) {
            where.append(" and v.docNo like :docNo");
            parameters.put("docNo", "%" + literal(advanced.docNo()) + "%");
        }
        if (advanced.column() != null) {
            // a top-level column holds its children's entries too
            where.append(" and (v.statutoryColumn = :column or v.statutoryColumn like :columnPrefix)");
            parameters.put("column", advanced.column());
            parameters.put("columnPrefix", literal(advanced.column()) + "/%");
        }
        if (advanced.from() != null) {
            where.append(" and e.publishedOn >= :from");
            parameters.put("from", advanced.from());
        }
        if (advanced.to() != null) {
            where.append(" and e.publishedOn <= :to");
            parameters.put("to", advanced.to());
        }
        if (filter.organ() != null) {
            where.append(" and e.organCode = :organ");
            parameters.put("organ", filter.organ());
        }
        if (filter.subject() != null) {
            where.append(" and (v.subject = :subject or v.subject like :subjectPrefix)");
            parameters.put("subject", filter.subject());
            parameters.put("subjectPrefix", filter.subject().replace("%", "") + "/%");
        }
        if (filter.genre() != null) {
            where.append(" and v.genre = :genre");
            parameters.put("genre", filter.genre());
        }
        if (filter.year() != null) {
            where.append(" and e.publishedOn >= :yearStart and e.publishedOn < :yearEnd");
            parameters.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.validity() != null) {
            where.append(" and v.validity = :validity");
            parameters.put("validity", filter.validity());
        }
        if (words != null && advanced.titleOnly()) {
            for (int i = 0; i < words.size(); i++) {
                where.append(" and v.title like :w").append(i);
                parameters.put("w" + i, "%" + literal(words.get(i)) + "%");
            }
        } else if (words != null) {
            for (int i = 0; i < words.size(); i++) {
                where.append(" and (v.title like :w").append(i).append(" or v.docNo like :w").append(i)
                        .append(" or v.keywords like :w").append(i).append(" or v.summary like :w").append(i)
                        .append(" or v.body like :w").append(i).append(')');
                parameters.put("w" + i, "%" + words.get(i).replace("\\", "").replace("%", "").replace("_", "") + "%");
            }
        }
        TypedQuery<Object[]> rows = em.createQuery("select e, v, o.name" + FROM + where
                + " order by e.publishedOn desc, e.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e)" + FROM + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Published> items = new ArrayList<>();
        for (Object[] row : rows.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            items.add(new Published((CatalogueEntry) row[0], (CatalogueVersion) row[1], (String) row[2]));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (!withFacets) {
            return new Page(count.getSingleResult(), items, facets);
        }
        facets.put("organ", facet("e.organCode", where, parameters));
        facets.put("subject", facet("v.subject", where, parameters));
        facets.put("genre", facet("v.genre", where, parameters));
        facets.put("year", facet("extract(year from e.publishedOn)", where, parameters));
        facets.put("validity", facet("v.validity", where, parameters));
        return new Page(count.getSingleResult(), items, facets);
    }

    /** A search word as a LIKE literal: the wildcards and the escape character taken out. */
    private static String literal(String word) {
        return word.strip().replace("\\", "").replace("%", "").replace("_", "");
    }

    private Map<String, Long> facet(String expression, CharSequence where, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery("select " + expression + ", count(e)" + FROM + where
                + " group by " + expression + " order by count(e) desc", Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.setMaxResults(100).getResultList()) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The published entry with this index number; withdrawn entries come back with their notice. */
    public Optional<Published> find(String indexNo) {
        List<Object[]> rows = em.createQuery("select e, v, o.name from CatalogueEntry e, CatalogueVersion v, Organ o "
                        + "where e.indexNo = :indexNo and v.id = e.publishedVersionId and o.code = e.organCode",
                        Object[].class)
                .setParameter("indexNo", indexNo)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Published((CatalogueEntry) row[0], (CatalogueVersion) row[1], (String) row[2]));
    }

    /** The published, not withdrawn entry with this index number, or 404. */
    public Published get(String indexNo) {
        return find(indexNo).filter(found -> found.entry().isPublic())
                .orElseThrow(() -> new UnknownItemException("not_found"));
    }

    public List<CatalogueAttachment> attachments(Published published) {
        return em.createQuery("select a from CatalogueAttachment a where a.versionId = :version order by a.position",
                        CatalogueAttachment.class)
                .setParameter("version", published.version().id())
                .getResultList();
    }

    /** A file of the published version of a public entry, or 404. */
    public CatalogueAttachment attachment(String indexNo, long attachmentId) {
        Published published = get(indexNo);
        CatalogueAttachment attachment = em.find(CatalogueAttachment.class, attachmentId);
        if (attachment == null || !attachment.versionId().equals(published.version().id())) {
            throw new UnknownItemException("not_found");
        }
        return attachment;
    }

    /** The public entry with this id and its approved version, if it is public. */
    public Optional<Published> findPublic(long entryId) {
        return em.createQuery("select e, v, o.name" + FROM + " and e.id = :id", Object[].class)
                .setParameter("id", entryId)
                .getResultStream().findFirst()
                .map(row -> new Published((CatalogueEntry) row[0], (CatalogueVersion) row[1], (String) row[2]));
    }

    /**
     * The list lines of the public entries with these ids, in no particular order: one query that
     * reads only the listed columns (no body, no managed entities), as search results need them.
     */
    public List<Listed> listPublic(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        List<Listed> found = new ArrayList<>(entryIds.size());
        for (Object[] row : em.createQuery("select e.id, e.indexNo, v.title, e.organCode, o.name, v.docNo, v.writtenOn,"
                        + " e.publishedOn, v.subject, v.genre, v.validity, v.summary" + FROM + " and e.id in :ids",
                        Object[].class)
                .setParameter("ids", entryIds)
                .getResultList()) {
            found.add(new Listed((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (LocalDate) row[6], (LocalDate) row[7], (String) row[8], (String) row[9],
                    (String) row[10], (String) row[11]));
        }
        return found;
    }

    /**
     * The list lines of the newest public entries of a subject (with its sub-subjects) and a genre,
     * either null for any: what a site column bound to the catalogue lists, newest first.
     */
    public List<Listed> newestListed(String subject, String genre, int limit) {
        StringBuilder where = new StringBuilder();
        if (subject != null) {
            where.append(" and (v.subject = :subject or v.subject like :subjectPrefix)");
        }
        if (genre != null) {
            where.append(" and v.genre = :genre");
        }
        TypedQuery<Object[]> query = em.createQuery("select e.id, e.indexNo, v.title, e.organCode, o.name, v.docNo,"
                + " v.writtenOn, e.publishedOn, v.subject, v.genre, v.validity, v.summary" + FROM + where
                + " order by e.publishedOn desc, e.id desc", Object[].class);
        if (subject != null) {
            query.setParameter("subject", subject).setParameter("subjectPrefix", subject.replace("%", "") + "/%");
        }
        if (genre != null) {
            query.setParameter("genre", genre);
        }
        List<Listed> found = new ArrayList<>();
        for (Object[] row : query.setMaxResults(limit).getResultList()) {
            found.add(new Listed((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (LocalDate) row[6], (LocalDate) row[7], (String) row[8], (String) row[9],
                    (String) row[10], (String) row[11]));
        }
        return found;
    }

    /** The organ's published disclosure guide, or 404. */
    public Published guide(String organCode) {
        return em.createQuery("select e, v, o.name" + FROM + " and e.organCode = :organ and e.kind = 'GUIDE'",
                        Object[].class)
                .setParameter("organ", organCode)
                .getResultStream().findFirst()
                .map(row -> new Published((CatalogueEntry) row[0], (CatalogueVersion) row[1], (String) row[2]))
                .orElseThrow(() -> new UnknownItemException("not_found"));
    }

    /** Published entries in id order after {@code lastId}: the open-data export reads them in chunks. */
    public List<Published> publishedAfter(long lastId, int limit) {
        List<Published> chunk = new ArrayList<>();
        for (Object[] row : em.createQuery("select e, v, o.name" + FROM + " and e.id > :lastId order by e.id",
                        Object[].class)
                .setParameter("lastId", lastId)
                .setMaxResults(limit)
                .getResultList()) {
            chunk.add(new Published((CatalogueEntry) row[0], (CatalogueVersion) row[1], (String) row[2]));
        }
        return chunk;
    }

    /**
     * Published entries newest first (publication date, then id, both descending: the search
     * index's own order, so a rebuild hands Lucene its segments already sorted), the chunk after
     * the entry {@code after} (null: from the newest). Keyset pages over {@code catalogue_entry_public_idx}.
     */
    public List<Published> publishedNewestFirst(CatalogueEntry after, int limit) {
        return after == null ? publishedNewestFirst(null, 0, limit)
                : publishedNewestFirst(after.publishedOn(), after.id(), limit);
    }

    /** Like {@link #publishedNewestFirst(CatalogueEntry, int)}, after the entry published on {@code afterDate} with {@code afterId}. */
    public List<Published> publishedNewestFirst(java.time.LocalDate afterDate, long afterId, int limit) {
        String keyset = afterDate == null ? ""
                : " and e.publishedOn <= :date and (e.publishedOn < :date or e.id < :id)";
        TypedQuery<Object[]> query = em.createQuery("select e, v, o.name" + FROM + keyset
                + " order by e.publishedOn desc, e.id desc", Object[].class);
        if (afterDate != null) {
            query.setParameter("date", afterDate).setParameter("id", afterId);
        }
        List<Published> chunk = new ArrayList<>();
        for (Object[] row : query.setMaxResults(limit).getResultList()) {
            chunk.add(new Published((CatalogueEntry) row[0], (CatalogueVersion) row[1], (String) row[2]));
        }
        return chunk;
    }

    /** Newly published entries for the feed. */
    public List<Published> latest(int limit) {
        return publishedNewestFirst(null, limit);
    }
}
