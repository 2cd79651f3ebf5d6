package org.gongkai.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.report.boundary.YearStatistics;
import org.gongkai.report.entity.Statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The statistics page ({@code /staff/statistics?year=&organ=}): a PrimeFaces (Chart.js) bar chart
 * per series, each with the same figures as a table for screen readers, and a CSV download.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    private static final String[] COLOURS = {"#1f4e79", "#c0392b", "#2e7d32", "#8e44ad", "#b9770e", "#566573"};

    @Inject
    YearStatistics statistics;

    @Inject
    Organs organs;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Integer year;
    private String organ;
    private Statistics figures;

    public Statistics getFigures() {
        if (figures == null) {
            figures = statistics.of(getYear(), organ);
        }
        return figures;
    }

    /** The Chart.js configuration of one series: a bar per key and month. */
    public String chart(Statistics.Series series) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int m = 1; m <= 12; m++) {
            labels.add(m + msg.getString("report.stats.monthSuffix"));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.keys().size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (long n : series.months().get(i)) {
                data.add(n);
            }
            datasets.add(Json.createObjectBuilder().add("label", msg.getString("report.stats.key." + series.keys().get(i)))
                    .add("data", data).add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    public long percent(long part, long whole) {
        return whole == 0 ? 100 : Math.round(100.0 * part / whole);
    }

    public List<Organ> getOrgans() {
        return organs.all();
    }

    public String query() {
        return "year=" + getYear() + (organ == null || organ.isBlank() ? "" : "&organ=" + organ);
    }

    public Integer getYear() {
        if (year == null) {
            year = LocalDate.now(clock).getYear();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getOrgan() {
        return organ;
    }

    public void setOrgan(String organ) {
        this.organ = organ;
    }
}
