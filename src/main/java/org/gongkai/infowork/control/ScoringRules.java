package org.gongkai.infowork.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.gongkai.infowork.entity.AdoptionForm;
import org.gongkai.infowork.entity.Level;
import org.gongkai.infowork.entity.UrgentFault;
import org.gongkai.platform.entity.InvalidInputException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The year's scoring rules of the information work, as the administrator sets them: every figure is
 * data, since each place sets its own (常政办发〔2014〕97号, 湖政办函〔2018〕9号, 庆政办发〔2008〕94号 …).
 * A year without rules scores nothing ({@link #none(int)}) until rules are set; setting them
 * recomputes the year.
 *
 * @param missedCommissionsBlockAward how many missed commissions keep a unit from the year's awards
 *                                    (0: never); 1 when the rules do not say
 */
public record ScoringRules(int year, BigDecimal submission, Map<String, Map<AdoptionForm, BigDecimal>> adoption,
                           Map<Level, BigDecimal> instruction, BigDecimal forwardedMultiplier, BigDecimal negativeBonus,
                           BigDecimal commissionMissed, Map<UrgentFault, BigDecimal> urgent, Set<UrgentFault> blocksAward,
                           Map<String, BigDecimal> targets, int missedCommissionsBlockAward) {

    /** The rules of a year no one has set: nothing scores, nothing blocks but faults of every kind. */
    public static ScoringRules none(int year) {
        return new ScoringRules(year, BigDecimal.ZERO, Map.of(), Map.of(), BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, Map.of(), EnumSet.allOf(UrgentFault.class), Map.of(), 1);
    }

    public BigDecimal adoption(String publication, AdoptionForm form) {
        Map<AdoptionForm, BigDecimal> points = adoption.get(publication);
        return points == null ? BigDecimal.ZERO : points.getOrDefault(form, BigDecimal.ZERO);
    }

    public BigDecimal instruction(Level level) {
        return instruction.getOrDefault(level, BigDecimal.ZERO);
    }

    public BigDecimal urgent(UrgentFault fault) {
        return urgent.getOrDefault(fault, BigDecimal.ZERO);
    }

    public BigDecimal target(String organ) {
        return targets.get(organ);
    }

    /** Reads the rules from their JSON, checking every figure; problems are answered per field (400). */
    public static ScoringRules parse(int year, String json) {
        JsonObject object;
        try {
            object = Json.createReader(new StringReader(json == null ? "" : json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid("rules", "须为 JSON 对象");
        }
        try {
            if (object.containsKey("year") && object.getInt("year") != year) {
                throw invalid("year", "须与路径中的年度一致");
            }
            Map<String, Map<AdoptionForm, BigDecimal>> adoption = new LinkedHashMap<>();
            if (object.containsKey("adoption")) {
                for (JsonValue value : object.getJsonArray("adoption")) {
                    JsonObject row = value.asJsonObject();
                    String publication = row.getString("publication");
                    Map<AdoptionForm, BigDecimal> points = new EnumMap<>(AdoptionForm.class);
                    points.put(AdoptionForm.SINGLE, number(row, "single", BigDecimal.ZERO));
                    points.put(AdoptionForm.COMBINED, number(row, "combined", points.get(AdoptionForm.SINGLE)));
                    adoption.put(publication, points);
                }
            }
            Map<Level, BigDecimal> instruction = new EnumMap<>(Level.class);
            if (object.containsKey("instruction")) {
                JsonObject levels = object.getJsonObject("instruction");
                for (String key : levels.keySet()) {
                    instruction.put(Level.valueOf(key), number(levels, key, BigDecimal.ZERO));
                }
            }
            Map<UrgentFault, BigDecimal> urgent = new EnumMap<>(UrgentFault.class);
            if (object.containsKey("urgent")) {
                JsonObject faults = object.getJsonObject("urgent");
                for (String key : faults.keySet()) {
                    urgent.put(UrgentFault.valueOf(key), number(faults, key, BigDecimal.ZERO));
                }
            }
            Set<UrgentFault> blocks = EnumSet.noneOf(UrgentFault.class);
            if (object.containsKey("blocksAward")) {
                object.getJsonArray("blocksAward").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(kind -> blocks.add(UrgentFault.valueOf(kind.getString())));
            }
            Map<String, BigDecimal> targets = new TreeMap<>();
            if (object.containsKey("targets")) {
                JsonObject organs = object.getJsonObject("targets");
                for (String organ : organs.keySet()) {
                    BigDecimal target = number(organs, organ, BigDecimal.ZERO);
                    if (target.signum() <= 0) {
                        throw invalid("targets", "目标分须为正数");
                    }
                    targets.put(organ, target);
                }
            }
            BigDecimal multiplier = number(object, "forwardedMultiplier", BigDecimal.ONE);
            if (multiplier.signum() <= 0) {
                throw invalid("forwardedMultiplier", "须为正数");
            }
            int missedBlock = object.containsKey("missedCommissionsBlockAward")
                    ? object.getInt("missedCommissionsBlockAward") : 1;
            if (missedBlock < 0) {
                throw invalid("missedCommissionsBlockAward", "须为非负整数");
            }
            return new ScoringRules(year, number(object, "submission", BigDecimal.ZERO), adoption, instruction,
                    multiplier, number(object, "negativeBonus", BigDecimal.ZERO),
                    number(object, "commissionMissed", BigDecimal.ZERO), urgent, blocks, targets, missedBlock);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | JsonException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw invalid("rules", "计分规则格式有误：" + e.getMessage());
        }
    }

    private static BigDecimal number(JsonObject object, String key, BigDecimal otherwise) {
        if (!object.containsKey(key) || object.isNull(key)) {
            return otherwise;
        }
        BigDecimal value = ((JsonNumber) object.get(key)).bigDecimalValue();
        if (value.abs().compareTo(BigDecimal.valueOf(10_000)) > 0 || value.scale() > 2) {
            throw invalid(key, "分值须在 ±10000 之内，最多两位小数");
        }
        return value;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("invalid_input", Map.of(field, message));
    }

    /** The rules as JSON, in the shape they are set. */
    public String toJson() {
        return toJsonObject(0).toString();
    }

    /** The rules as JSON with their version (0: none set). */
    public JsonObject toJsonObject(int version) {
        JsonArrayBuilder adoptions = Json.createArrayBuilder();
        adoption.forEach((publication, points) -> adoptions.add(Json.createObjectBuilder()
                .add("publication", publication)
                .add("single", points.get(AdoptionForm.SINGLE))
                .add("combined", points.get(AdoptionForm.COMBINED))));
        JsonObjectBuilder levels = Json.createObjectBuilder();
        instruction.forEach((level, points) -> levels.add(level.name(), points));
        JsonObjectBuilder faults = Json.createObjectBuilder();
        urgent.forEach((fault, points) -> faults.add(fault.name(), points));
        JsonArrayBuilder blocks = Json.createArrayBuilder();
        blocksAward.stream().sorted().forEach(fault -> blocks.add(fault.name()));
        JsonObjectBuilder organs = Json.createObjectBuilder();
        targets.forEach(organs::add);
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("year", year)
                .add("submission", submission)
                .add("adoption", adoptions)
                .add("instruction", levels)
                .add("forwardedMultiplier", forwardedMultiplier)
                .add("negativeBonus", negativeBonus)
                .add("commissionMissed", commissionMissed)
                .add("urgent", faults)
                .add("blocksAward", blocks)
                .add("targets", organs)
                .add("missedCommissionsBlockAward", missedCommissionsBlockAward);
        if (version > 0) {
            out.add("version", version);
        }
        return out.build();
    }
}
