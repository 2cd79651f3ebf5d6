package org.gongkai.report.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.gongkai.report.entity.AnnualReportData;
import org.gongkai.report.entity.Mismatch;
import org.gongkai.report.entity.ReportSection;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.TableRow;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON: {@code {year, organ, organName, generatedAt, sections:[{number, title, text,
 * table:{key, title, columns, rows:[{key, group, label, cells:{column: value}}]}}], mismatches}}.
 * The same form is frozen in the version that goes through the review and is read back to show
 * the published report.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static JsonObject write(AnnualReportData data) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (ReportSection section : data.sections()) {
            JsonObjectBuilder s = Json.createObjectBuilder().add("number", section.number()).add("title", section.title());
            s.add("text", section.text() == null ? "" : section.text());
            s.add("table", section.table() == null ? JsonValue.NULL : table(section.table()));
            sections.add(s);
        }
        JsonArrayBuilder mismatches = Json.createArrayBuilder();
        for (Mismatch mismatch : data.mismatches()) {
            mismatches.add(Json.createObjectBuilder().add("rule", mismatch.rule()).add("column", mismatch.column())
                    .add("left", mismatch.left()).add("right", mismatch.right())
                    .add("requests", Json.createArrayBuilder(mismatch.requests())));
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("year", data.year());
        if (data.organCode() == null) {
            root.addNull("organ");
        } else {
            root.add("organ", data.organCode());
        }
        return root.add("organName", data.organName())
                .add("title", data.title())
                .add("generatedAt", data.generatedAt().toString())
                .add("reconciled", data.reconciled())
                .add("sections", sections)
                .add("mismatches", mismatches)
                .build();
    }

    private static JsonObject table(ReportTable table) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (TableRow row : table.rows()) {
            JsonObjectBuilder cells = Json.createObjectBuilder();
            row.cells().forEach((column, value) -> {
                if (value instanceof BigDecimal decimal) {
                    cells.add(column, decimal);
                } else {
                    cells.add(column, value.longValue());
                }
            });
            JsonObjectBuilder r = Json.createObjectBuilder().add("key", row.key());
            if (row.group() == null) {
                r.addNull("group");
            } else {
                r.add("group", row.group());
            }
            rows.add(r.add("label", row.label()).add("cells", cells));
        }
        return Json.createObjectBuilder().add("key", table.key()).add("title", table.title())
                .add("columns", Json.createArrayBuilder(table.columns())).add("rows", rows).build();
    }

    /** Reads a frozen version back (its mismatches were none: only a reconciled report is submitted). */
    public static AnnualReportData read(String json) {
        JsonObject root = Json.createReader(new StringReader(json)).readObject();
        List<ReportSection> sections = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("sections")) {
            JsonObject s = value.asJsonObject();
            ReportTable table = s.isNull("table") ? null : table(s.getJsonObject("table"));
            sections.add(new ReportSection(s.getString("number"), s.getString("title"), s.getString("text"), table));
        }
        return new AnnualReportData(root.getInt("year"), root.isNull("organ") ? null : root.getString("organ"),
                root.getString("organName"), Instant.parse(root.getString("generatedAt")), sections, List.of());
    }

    private static ReportTable table(JsonObject t) {
        List<String> columns = t.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        List<TableRow> rows = new ArrayList<>();
        JsonArray array = t.getJsonArray("rows");
        for (JsonValue value : array) {
            JsonObject r = value.asJsonObject();
            Map<String, Number> cells = new LinkedHashMap<>();
            r.getJsonObject("cells").forEach((column, cell) -> {
                JsonNumber number = (JsonNumber) cell;
                cells.put(column, number.isIntegral() ? (Number) number.longValue() : number.bigDecimalValue());
            });
            rows.add(new TableRow(r.getString("key"), r.isNull("group") ? null : r.getString("group"), r.getString("label"), cells));
        }
        return new ReportTable(t.getString("key"), t.getString("title"), columns, rows);
    }
}
