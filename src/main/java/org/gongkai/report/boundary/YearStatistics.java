package org.gongkai.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.account.boundary.Organs;
import org.gongkai.catalogue.boundary.CatalogueStatistics;
import org.gongkai.request.boundary.RequestStatistics;
import org.gongkai.report.entity.Statistics;
import org.gongkai.report.entity.Statistics.Series;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a year for officers, leaders and administrators (their organ; administrators
 * any organ or all): requests per month by channel, outcomes, replies on time and late, the average
 * working days to reply, extensions and consultations, fees; catalogue entries published per month
 * and the share published within 20 working days of formation (Art. 26 of the OGI Regulations).
 * All counted by the database; and the public figures, without personal data.
 */
@Stateless
public class YearStatistics {

    public static final List<String> CHANNELS = List.of("ONLINE", "IN_PERSON", "MAIL", "FAX");
    public static final List<String> OUTCOMES = List.of("GRANTED", "PARTLY_GRANTED", "REFUSED", "CANNOT_PROVIDE",
            "NOT_PROCESSED", "OTHER");
    public static final List<String> TIMING = List.of("ON_TIME", "LATE");
    public static final List<String> STEPS = List.of("EXTENSION", "CONSULTATION");

    @Inject
    AnnualReports reports;

    @Inject
    RequestStatistics requests;

    @Inject
    CatalogueStatistics catalogue;

    @Inject
    Organs organs;

    @Inject
    Clock clock;

    @RolesAllowed({"OFFICER", "LEADER", "ADMIN"})
    public Statistics of(int year, String organ) {
        int current = LocalDate.now(clock).getYear();
        if (year < 2008 || year > current) {
            throw new org.gongkai.platform.entity.InvalidInputException("invalid_input",
                    java.util.Map.of("year", "年度须在2008年至" + current + "年之间"));
        }
        String organCode = reports.scope(organ);
        List<Series> series = new ArrayList<>();
        series.add(series("received", "每月收到申请（按渠道）", CHANNELS, requests.receivedByChannel(year, organCode)));
        series.add(series("outcomes", "每月办结（按办理结果）", OUTCOMES, requests.closedByOutcome(year, organCode)));
        RequestStatistics.ReplyTimes times = requests.replyTimes(year, organCode);
        series.add(series("timing", "每月答复（按期与逾期）", TIMING, times.onTimeAndLate()));
        series.add(series("steps", "延期答复与征求第三方意见", STEPS, requests.extensionsAndConsultations(year, organCode)));
        long[] published = new long[12];
        catalogue.publishedPerMonth(year, organCode).forEach(m -> published[m.month() - 1] = m.count());
        series.add(new Series("catalogue", "每月主动公开条目", List.of("PUBLISHED"), List.<long[]>of(published)));
        RequestStatistics.FeeFigures fees = requests.fees(year, organCode);
        CatalogueStatistics.PublicationSla sla = catalogue.publicationSla(year, organCode);
        List<Statistics.Late> late = sla.late().stream()
                .map(l -> new Statistics.Late(l.indexNo(), l.title(), l.formedOn(), l.publishedOn(), l.dueOn())).toList();
        String name = organCode == null ? "全市各机关" : organs.find(organCode).map(o -> o.name()).orElse(organCode);
        return new Statistics(year, organCode, name, series, times.averageWorkingDays(), times.replies(), fees.noticed(),
                fees.paid(), fees.amountPaid(), sla.published(), sla.onTime(), late);
    }

    private static Series series(String key, String title, List<String> keys, List<RequestStatistics.MonthCount> counts) {
        List<long[]> months = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            months.add(new long[12]);
        }
        for (RequestStatistics.MonthCount count : counts) {
            int index = keys.indexOf(count.key());
            if (index >= 0 && count.month() >= 1 && count.month() <= 12) {
                months.get(index)[count.month() - 1] += count.count();
            }
        }
        return new Series(key, title, keys, months);
    }

    /** The public figures of the year, all organs: requests received, answered, answered on time. */
    @PermitAll
    public RequestStatistics.PublicFigures publicFigures(int year) {
        int current = LocalDate.now(clock).getYear();
        return requests.publicFigures(year <= 0 ? current : Math.max(2008, Math.min(year, current)), null);
    }
}
