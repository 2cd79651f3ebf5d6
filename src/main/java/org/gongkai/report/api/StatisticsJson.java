package org.gongkai.report.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.gongkai.report.entity.Statistics;

/** The statistics as JSON: each series with its keys and twelve monthly counts per key. */
final class StatisticsJson {

    private StatisticsJson() {
    }

    static JsonObject write(Statistics s) {
        JsonObjectBuilder series = Json.createObjectBuilder();
        for (Statistics.Series one : s.series()) {
            JsonObjectBuilder byKey = Json.createObjectBuilder();
            for (int i = 0; i < one.keys().size(); i++) {
                JsonArrayBuilder months = Json.createArrayBuilder();
                for (long n : one.months().get(i)) {
                    months.add(n);
                }
                byKey.add(one.keys().get(i), months);
            }
            series.add(one.key(), byKey);
        }
        JsonArrayBuilder late = Json.createArrayBuilder();
        s.lateCatalogue().forEach(l -> late.add(Json.createObjectBuilder().add("indexNo", l.indexNo() == null ? "" : l.indexNo())
                .add("title", l.title()).add("formedOn", l.formedOn().toString()).add("publishedOn", l.publishedOn().toString())
                .add("dueOn", l.dueOn().toString())));
        JsonObjectBuilder root = Json.createObjectBuilder().add("year", s.year());
        if (s.organCode() == null) {
            root.addNull("organ");
        } else {
            root.add("organ", s.organCode());
        }
        return root.add("organName", s.organName()).add("series", series)
                .add("replies", s.replies()).add("averageWorkingDays", Math.round(s.averageWorkingDays() * 10) / 10.0)
                .add("fees", Json.createObjectBuilder().add("noticed", s.feesNoticed()).add("paid", s.feesPaid())
                        .add("amountPaid", s.feesPaidYuan()))
                .add("catalogue", Json.createObjectBuilder().add("published", s.cataloguePublished())
                        .add("onTime", s.catalogueOnTime()).add("late", late))
                .build();
    }
}
