package org.gongkai.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.entity.UnknownItemException;
import org.gongkai.report.boundary.AnnualReports;
import org.gongkai.report.boundary.YearStatistics;
import org.gongkai.report.control.ReportHtml;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.request.boundary.RequestStatistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public column of annual reports ({@code /reports}, one report at
 * {@code /reports?organ=CODE&year=2025}: only an approved version) and the public figures of the
 * requests ({@code /statistics}). No personal data is ever read here.
 */
@Named
@RequestScoped
public class ReportsBacking {

    @Inject
    AnnualReports reports;

    @Inject
    YearStatistics statistics;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private List<AnnualReports.PublishedReport> published;
    private AnnualReportData shown;
    private boolean looked;

    public List<AnnualReports.PublishedReport> getPublished() {
        if (published == null) {
            published = reports.published();
        }
        return published;
    }

    /** The report named by the link's parameters, or null for the list. */
    public AnnualReportData getShown() {
        if (!looked) {
            looked = true;
            String organ = external.getRequestParameterMap().get("organ");
            String year = external.getRequestParameterMap().get("year");
            if (organ != null && year != null && organ.matches("[0-9A-Za-z]{9,18}") && year.matches("[0-9]{4}")) {
                try {
                    shown = reports.publishedReport(organ, Integer.parseInt(year));
                } catch (UnknownItemException e) {
                    shown = null;
                }
            }
        }
        return shown;
    }

    /** The shown report laid out like the published reports; every text in it is escaped. */
    public String getShownHtml() {
        return getShown() == null ? "" : ReportHtml.fragment(getShown());
    }

    /** This year's and last year's public figures, all organs. */
    public List<RequestStatistics.PublicFigures> getFigures() {
        int year = LocalDate.now(clock).getYear();
        return List.of(statistics.publicFigures(year), statistics.publicFigures(year - 1));
    }

    public long percent(long part, long whole) {
        return whole == 0 ? 100 : Math.round(100.0 * part / whole);
    }
}
