package org.gongkai.column.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.catalogue.boundary.CataloguePublic;
import org.gongkai.column.control.SiteHealth;
import org.gongkai.column.entity.SiteColumn;
import org.gongkai.consult.boundary.DeskFigures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The site's health today: each column's standing and the inspection's veto lines
 * ({@link SiteHealth}). The home page's last update is the newest publication it shows (an article
 * of any column or a catalogue entry); before the first, the day the first column was set up.
 * Warning levels: {@code gongkai.site.lead-days} (4), {@code .warn-home-days} (10),
 * {@code .warn-news-stale} (3), {@code .warn-policy-days} (150), {@code .warn-stale} (6),
 * {@code .warn-empty} (2), {@code .warn-unanswered-days} (60).
 */
@Stateless
public class SiteHealthReport {

    /** The report: columns, lines, and the home page's last update. */
    public record Report(LocalDate today, LocalDate homeLastUpdate, List<SiteHealth.ColumnHealth> columns,
                         List<SiteHealth.Check> checks) {
    }

    @Inject
    Clock clock;

    @Inject
    SiteColumns columns;

    @Inject
    CataloguePublic catalogue;

    @Inject
    DeskFigures desk;

    @Inject
    @ConfigProperty(name = "gongkai.site.lead-days", defaultValue = "4")
    int leadDays;

    @Inject
    @ConfigProperty(name = "gongkai.site.warn-home-days", defaultValue = "10")
    int homeWarnDays;

    @Inject
    @ConfigProperty(name = "gongkai.site.warn-news-stale", defaultValue = "3")
    int newsStaleWarn;

    @Inject
    @ConfigProperty(name = "gongkai.site.warn-policy-days", defaultValue = "150")
    int policyWarnDays;

    @Inject
    @ConfigProperty(name = "gongkai.site.warn-stale", defaultValue = "6")
    int staleWarn;

    @Inject
    @ConfigProperty(name = "gongkai.site.warn-empty", defaultValue = "2")
    int emptyWarn;

    @Inject
    @ConfigProperty(name = "gongkai.site.warn-unanswered-days", defaultValue = "60")
    int unansweredWarnDays;

    @RolesAllowed({"ADMIN", "EDITOR", "LEADER"})
    public Report report() {
        return compute();
    }

    /** The same, for the warnings' timer (no caller). */
    @PermitAll
    public Report compute() {
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> last = columns.lastPublished();
        List<SiteColumn> all = columns.all();
        List<SiteHealth.ColumnHealth> health = all.stream()
                .map(c -> SiteHealth.of(new SiteHealth.ColumnFacts(c.code(), c.name(), c.type(), c.cycleDays(),
                        last.get(c.code()), c.editor(), c.backupEditor(), c.contactEmail()), today, leadDays))
                .toList();
        LocalDate home = columns.newest(1).stream().findFirst().map(SiteColumns.Published::publishedOn).orElse(null);
        LocalDate entry = catalogue.newestListed(null, null, 1).stream().findFirst()
                .map(CataloguePublic.Listed::publishedOn).orElse(null);
        if (home == null || (entry != null && entry.isAfter(home))) {
            home = entry;
        }
        if (home == null) {
            home = all.stream().map(SiteColumn::createdOn).min(Comparator.naturalOrder()).orElse(today);
        }
        long homeIdle = Math.max(0, ChronoUnit.DAYS.between(home, today));
        SiteHealth.Settings settings = new SiteHealth.Settings(leadDays, homeWarnDays, newsStaleWarn, policyWarnDays,
                staleWarn, emptyWarn);
        List<SiteHealth.Check> checks = SiteHealth.checks(health, homeIdle,
                desk.unansweredReceivedBefore(today.minusMonths(3)),
                desk.unansweredReceivedBefore(today.minusDays(unansweredWarnDays)), settings);
        return new Report(today, home, health, checks);
    }
}
