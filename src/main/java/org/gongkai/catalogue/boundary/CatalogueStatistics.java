package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.control.WorkingDayCalculator;
import org.gongkai.catalogue.control.PublicationPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts over the published catalogue for the annual report's section 二 (国办公开办函〔2021〕30号)
 * and the statistics of the running year, aggregated by the database. An organ code of null means
 * all organs. Callers scope the organ to the caller's own.
 */
@Stateless
public class CatalogueStatistics {

    /**
     * Genres counted as 规章: rules are promulgated by a government order (政府令, Art. 31 of the
     * 规章制定程序条例). The catalogue has no separate document-kind field, so the genre decides.
     */
    public static final List<String> RULE_GENRES = List.of("命令（令）");
    /** Genres counted as 行政规范性文件 (国办发〔2018〕37号: 规定, 办法, 细则 of general binding force). */
    public static final List<String> NORMATIVE_GENRES = List.of("规定", "办法", "细则");

    /** Section 二's figures for one kind of document: issued, annulled in the year, in force at its end. */
    public record DocumentCounts(String kind, long issued, long annulled, long inForce) {
    }

    /** Entries published per month. */
    public record MonthCount(int month, long count) {
    }

    /** An entry published later than 20 working days after it was formed (Art. 26). */
    public record LatePublication(String indexNo, String title, LocalDate formedOn, LocalDate publishedOn, LocalDate dueOn) {
    }

    /** Art. 26: of the entries published in the year, how many within 20 working days, and the late ones. */
    public record PublicationSla(long published, long onTime, List<LatePublication> late) {

        public double onTimeShare() {
            return published == 0 ? 1.0 : (double) onTime / published;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    /** 规章 and 行政规范性文件 of the year: 本年制发, 本年废止, 现行有效 (their published versions). */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN", "EDITOR"})
    public List<DocumentCounts> documents(int year, String organCode) {
        Query query = em.createNativeQuery("select case when v.genre in ('命令（令）') then 'RULE' else 'NORMATIVE' end,"
                + " count(*) filter (where v.formed_on between ?1 and ?2),"
                + " count(*) filter (where v.validity = '废止' and e.published_on between ?1 and ?2),"
                + " count(*) filter (where v.validity = '有效' and e.withdrawn_on is null and v.formed_on <= ?2)"
                + " from catalogue_entry e join catalogue_version v on v.id = e.published_version_id"
                + " where v.genre in ('命令（令）', '规定', '办法', '细则')" + organ(organCode) + " group by 1");
        bind(query, year, organCode);
        long[][] counts = new long[2][3];
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            int kind = "RULE".equals(cells[0]) ? 0 : 1;
            for (int i = 0; i < 3; i++) {
                counts[kind][i] = ((Number) cells[i + 1]).longValue();
            }
        }
        return List.of(new DocumentCounts("RULE", counts[0][0], counts[0][1], counts[0][2]),
                new DocumentCounts("NORMATIVE", counts[1][0], counts[1][1], counts[1][2]));
    }

    /** Entries first published in each month of the year. */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN", "EDITOR"})
    public List<MonthCount> publishedPerMonth(int year, String organCode) {
        Query query = em.createNativeQuery("select cast(extract(month from e.first_published_on) as int), count(*)"
                + " from catalogue_entry e where e.first_published_on between ?1 and ?2" + organ(organCode) + " group by 1 order by 1");
        bind(query, year, organCode);
        List<MonthCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.add(new MonthCount(((Number) cells[0]).intValue(), ((Number) cells[1]).longValue()));
        }
        return counts;
    }

    /**
     * Art. 26 of the OGI Regulations: the versions published in the year (by the date the public
     * version was published) and whether within 20 working days of their formation
     * ({@link PublicationPeriod#dueDate}), counted over each distinct pair of dates.
     */
    @RolesAllowed({"OFFICER", "LEADER", "ADMIN", "EDITOR"})
    public PublicationSla publicationSla(int year, String organCode) {
        Query pairs = em.createNativeQuery("select v.formed_on, e.published_on, count(*)"
                + " from catalogue_entry e join catalogue_version v on v.id = e.published_version_id"
                + " where e.published_on between ?1 and ?2" + organ(organCode) + " group by 1, 2");
        bind(pairs, year, organCode);
        WorkingDayCalculator days = calendar.snapshot();
        long published = 0;
        long onTime = 0;
        for (Object row : pairs.getResultList()) {
            Object[] cells = (Object[]) row;
            long n = ((Number) cells[2]).longValue();
            published += n;
            if (!date(cells[1]).isAfter(PublicationPeriod.dueDate(date(cells[0]), days).due())) {
                onTime += n;
            }
        }
        // 20 working days are never fewer than 20 calendar days: the late ones are among these
        Query candidates = em.createNativeQuery("select e.index_no, v.title, v.formed_on, e.published_on"
                + " from catalogue_entry e join catalogue_version v on v.id = e.published_version_id"
                + " where e.published_on between ?1 and ?2 and e.published_on > v.formed_on + 20" + organ(organCode)
                + " order by e.published_on, e.id limit 5000");
        bind(candidates, year, organCode);
        List<LatePublication> late = new ArrayList<>();
        for (Object row : candidates.getResultList()) {
            Object[] cells = (Object[]) row;
            LocalDate due = PublicationPeriod.dueDate(date(cells[2]), days).due();
            if (date(cells[3]).isAfter(due) && late.size() < 500) {
                late.add(new LatePublication((String) cells[0], (String) cells[1], date(cells[2]), date(cells[3]), due));
            }
        }
        return new PublicationSla(published, onTime, late);
    }

    private static String organ(String organCode) {
        return organCode == null ? "" : " and e.organ_code = ?3";
    }

    private static void bind(Query query, int year, String organCode) {
        query.setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31));
        if (organCode != null) {
            query.setParameter(3, organCode);
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
