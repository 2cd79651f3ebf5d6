package org.gongkai.infowork;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestClock;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The information work from a unit's draft to the year's awards, on the test clock (Friday
 * 13 February 2026, Asia/Shanghai): adoption, upward adoption, instructions counted once per item
 * and level, a joint item split among three units, a commission answered and one missed, an
 * urgent-information fault, a rule change that appends corrections, and every ledger row checked
 * against the ranking. Each test works on organs of its own, created through the admin API.
 */
class InfoWorkIT extends PortalDeployment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "a-long-secret-2026";

    @Test
    void anItemEarnsItsPointsFromDraftToUpwardAdoptionAndARuleChangeAppendsCorrections() throws Exception {
        String run = suffix();
        String a = organ("A" + run, "甲镇" + run);
        String b = organ("B" + run, "乙局" + run);
        String c = organ("C" + run, "丙委" + run);
        Api officerA = officer(a);
        Api officerB = officer(b);
        String county = "ZW" + run;
        String city = "SZ" + run;
        String open = "GK" + run;
        publication(county, "示范县政务信息" + run, "COUNTY", false, false);
        publication(city, "示范市政务信息" + run, "CITY", false, true);
        publication(open, "示范县政务公开信息" + run, "COUNTY", true, false);
        int v1 = setRules(rules(1, 5, county, city, open, a));

        // a 报忧 item: drafted, signed, submitted; the office edits and adopts it
        long item1 = draft(officerA, "甲镇发现部分村道存在安全隐患" + run, "经排查，全镇有3处村道护栏缺失。" + run, "PROBLEM", true, null, List.of());
        assertEquals("SUBMITTED", submit(officerA, item1).getString("status"));
        Reply adopted = editor().post(items(item1) + "/adopt", """
                {"publication":"%s","form":"SINGLE","title":"甲镇排查村道安全隐患","body":"甲镇排查发现3处村道护栏缺失，已限期整改。%s"}"""
                .formatted(county, run));
        assertEquals(200, adopted.status(), adopted::toString);
        JsonObject detail = officerA.get(items(item1)).object();
        assertEquals("经排查，全镇有3处村道护栏缺失。" + run, detail.getJsonObject("item").getString("body"), "the officer's original stays");
        assertEquals("甲镇排查发现3处村道护栏缺失，已限期整改。" + run, detail.getJsonObject("item").getString("adoptedBody"));
        assertEquals("张镇长", detail.getJsonObject("item").getString("signer"));

        // adopted by the city's publication, forwarded by the office; two city instructions and a county one
        Reply up = editor().post(items(item1) + "/upward", "{\"publication\":\"" + city + "\",\"adoptedOn\":\"2026-02-13\",\"route\":\"FORWARDED\"}");
        assertEquals(201, up.status(), up::toString);
        long cityInstruction = instruct(item1, "王市长", "CITY", "2026-02-02", "2026-02-10");
        instruct(item1, "李副市长", "CITY", "2026-02-12", "2026-02-27");
        instruct(item1, "赵县长", "COUNTY", "2026-02-12", "2026-02-27");

        // the overdue feedback is shown to the unit and to the office
        JsonObject awaiting = officerA.get("/api/v1/staff/info/instructions").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == cityInstruction)
                .findFirst().orElseThrow();
        assertTrue(awaiting.getBoolean("overdue"), awaiting::toString);
        Reply feedback = officerA.post(items(item1) + "/instructions/" + cityInstruction + "/feedback", "{\"text\":\"已完成3处护栏修复。\"}");
        assertEquals(200, feedback.status(), feedback::toString);
        assertTrue(feedback.object().getBoolean("overdue"), "given after its due date, the feedback stays late");

        // a joint item (合报) of three units, adopted in a combined article
        long item2 = draft(officerA, "三单位联合开展春运安全检查" + run, "甲镇、乙局、丙委联合检查客运站点。" + run, "DYNAMIC", false, null, List.of(b, c));
        submit(officerA, item2);
        assertEquals(200, officerB.get(items(item2)).status(), "a joint unit sees the submitted joint item");
        assertEquals(200, editor().post(items(item2) + "/adopt", "{\"publication\":\"" + county + "\",\"form\":\"COMBINED\"}").status());

        // a commission: A answers it, B misses it
        Reply commission = editor().post("/api/v1/staff/info/commissions",
                "{\"topic\":\"春节期间民生保障" + run + "\",\"deadline\":\"2026-02-13\",\"organs\":[\"" + a + "\",\"" + b + "\"]}");
        assertEquals(201, commission.status(), commission::toString);
        long commissionId = commission.object().getJsonNumber("id").longValue();
        long item3 = draft(officerA, "甲镇春节民生保障情况" + run, "全镇走访困难群众120户。" + run, "COMMISSIONED", false, commissionId, List.of());
        submit(officerA, item3);
        TestClock.advance(Duration.ofDays(1));
        try {
            Reply closed = editor().post("/api/v1/staff/info/commissions/close-overdue", "");
            assertEquals(200, closed.status(), closed::toString);
            assertTrue(closed.object().getInt("missed") >= 1);
        } finally {
            TestClock.reset();
        }
        JsonObject standing = editor().get("/api/v1/staff/info/commissions?year=2026").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getJsonNumber("id").longValue() == commissionId).findFirst().orElseThrow();
        assertEquals(List.of("ANSWERED", "MISSED"), standing.getJsonArray("organs").stream()
                .map(o -> o.asJsonObject().getString("status")).toList());

        // the ledger under the first rules
        assertEquals(List.of(
                row("SUBMISSION", "1.00", false, v1, item1),
                row("ADOPTION", "7.00", false, v1, item1),
                row("UPWARD_CITY", "32.00", false, v1, item1),
                row("INSTRUCTION_CITY", "10.00", false, v1, item1),
                row("INSTRUCTION_COUNTY", "5.00", false, v1, item1),
                row("SUBMISSION", "0.34", false, v1, item2),
                row("ADOPTION", "1.00", false, v1, item2),
                row("SUBMISSION", "1.00", false, v1, item3)), ledger(a), "a second city instruction earns nothing");
        assertEquals(List.of(
                row("SUBMISSION", "0.33", false, v1, item2),
                row("ADOPTION", "1.00", false, v1, item2),
                row("COMMISSION_MISSED", "-10.00", false, v1, null)), ledger(b));
        assertEquals(List.of(
                row("SUBMISSION", "0.33", false, v1, item2),
                row("ADOPTION", "1.00", false, v1, item2)), ledger(c));

        // the rules change: submissions 2, single adoptions 6; the year is recomputed by corrections
        int v2 = setRules(rules(2, 6, county, city, open, a));
        assertTrue(v2 > v1);
        List<String> ledgerA = ledger(a);
        assertEquals(12, ledgerA.size(), ledgerA::toString);
        assertEquals(List.of(
                row("SUBMISSION", "1.00", true, v2, item1),
                row("ADOPTION", "1.00", true, v2, item1),
                row("SUBMISSION", "0.33", true, v2, item2),
                row("SUBMISSION", "1.00", true, v2, item3)), ledgerA.subList(8, 12), "the rows before stay as they were");
        assertEquals(row("SUBMISSION", "0.34", true, v2, item2), ledger(b).get(3));
        assertEquals(row("SUBMISSION", "0.33", true, v2, item2), ledger(c).get(2));

        // an urgent-information fault, recorded twice, deducts once and blocks C from the awards
        String fault = "{\"organ\":\"" + c + "\",\"year\":2026,\"kind\":\"CONCEALED\",\"incident\":" + (900_000 + SEQUENCE.incrementAndGet())
                + ",\"reason\":\"瞒报化工厂泄漏事件\"}";
        assertTrue(editor().post("/api/v1/staff/info/urgent-faults", fault).object().getBoolean("recorded"));
        assertFalse(editor().post("/api/v1/staff/info/urgent-faults", fault).object().getBoolean("recorded"));
        List<String> ledgerC = ledger(c);
        assertEquals(4, ledgerC.size(), ledgerC::toString);
        assertEquals(row("URGENT_CONCEALED", "-20.00", false, v2, null), ledgerC.get(3));

        // the ranking is the sum of the ledger
        assertEquals(new BigDecimal("60.67"), sum(a));
        JsonObject scoreA = score(a, null);
        assertEquals(new BigDecimal("60.67"), scoreA.getJsonNumber("points").bigDecimalValue());
        assertEquals(3, scoreA.getInt("submitted"));
        assertEquals(2, scoreA.getInt("adopted"));
        assertEquals(2, scoreA.getInt("instructions"), "two levels, three instructions");
        assertEquals(new BigDecimal("20"), scoreA.getJsonNumber("target").bigDecimalValue());
        assertEquals(0, new BigDecimal("3.0335").compareTo(scoreA.getJsonNumber("completion").bigDecimalValue()));
        JsonObject scoreB = score(b, null);
        assertEquals(new BigDecimal("-8.33"), scoreB.getJsonNumber("points").bigDecimalValue());
        assertEquals(1, scoreB.getInt("submitted"));
        assertTrue(scoreA.getInt("rank") < scoreB.getInt("rank"));
        assertEquals(new BigDecimal("-18.34"), score(c, 2).getJsonNumber("points").bigDecimalValue());
        assertEquals(0, score(a, 3).getJsonNumber("points").bigDecimalValue().signum(), "nothing happened in March");
        Reply officersTable = officerA.get("/api/v1/staff/info/scores?year=2026");
        assertEquals(200, officersTable.status(), "officers see the table too");
        assertEquals(404, officerA.get("/api/v1/staff/info/scores/" + b + "/ledger?year=2026").status(),
                "an officer reads only the own unit's ledger");

        // awards: B missed a commission, C concealed an incident
        JsonArray awards = editor().get("/api/v1/staff/info/awards?year=2026").json().asJsonArray();
        assertFalse(award(awards, a).getBoolean("blocked"));
        assertTrue(award(awards, b).getBoolean("blocked"));
        assertTrue(award(awards, b).getJsonArray("reasons").getString(0).contains("约稿逾期未报"));
        assertTrue(award(awards, c).getJsonArray("reasons").getString(0).contains("瞒报"));

        // issues: numbered per publication and year, as a bulletin-like PDF
        JsonObject issue = editor().post("/api/v1/staff/info/issues", "{\"publication\":\"" + county + "\",\"items\":[" + item1 + "," + item2 + "]}").object();
        assertEquals(1, issue.getInt("number"));
        assertEquals("INTERNAL", issue.getString("status"));
        String text = pdfText(get("infoeditor", "/api/v1/staff/info/issues/" + issue.getJsonNumber("id") + ".pdf"));
        assertTrue(text.contains("示范县政务信息" + run), text);
        assertTrue(text.contains("2026年第1期"), text);
        assertTrue(text.contains("甲镇排查村道安全隐患"), text);
        assertTrue(text.contains("甲镇" + run) && text.contains("乙局" + run) && text.contains("丙委" + run), "the units of each item");
        assertTrue(text.contains("抄送"), text);
        assertEquals(2, editor().post("/api/v1/staff/info/issues", "{\"publication\":\"" + county + "\",\"items\":[" + item2 + "]}")
                .object().getInt("number"));

        // an issue of a public publication appears only after the confidentiality review
        long item4 = draft(officerA, "甲镇公开栏目更新" + run, "甲镇更新村务公开栏。" + run, "DYNAMIC", false, null, List.of());
        submit(officerA, item4);
        assertEquals(200, editor().post(items(item4) + "/adopt", "{\"publication\":\"" + open + "\",\"form\":\"SINGLE\"}").status());
        JsonObject publicIssue = editor().post("/api/v1/staff/info/issues", "{\"publication\":\"" + open + "\",\"items\":[" + item4 + "]}").object();
        long publicId = publicIssue.getJsonNumber("id").longValue();
        assertEquals("IN_REVIEW", publicIssue.getString("status"));
        assertEquals(404, api().get("/api/v1/info/issues/" + publicId + ".pdf").status());
        long task = api().as("reviewer").get("/api/v1/staff/reviews?status=PENDING").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("itemId").longValue() == publicId
                        && "INFO_ISSUE".equals(t.getString("itemType"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Reply decided = api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"经审查，不涉及国家秘密。\"}");
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("PUBLISHED", editor().get("/api/v1/staff/info/issues/" + publicId).object().getString("status"));
        assertEquals(200, api().get("/api/v1/info/issues/" + publicId + ".pdf").status());

        // every change left its audit event
        assertEquals(List.of("INFO_ITEM_DRAFTED", "INFO_ITEM_SUBMITTED", "INFO_ITEM_ADOPTED", "INFO_ITEM_UPWARD",
                        "INFO_INSTRUCTION_RECORDED", "INFO_INSTRUCTION_RECORDED", "INFO_INSTRUCTION_RECORDED", "INFO_FEEDBACK_REPORTED"),
                officerA.get(items(item1)).object().getJsonArray("history").stream()
                        .map(e -> e.asJsonObject().getString("event")).toList());
        assertEquals(1, count("select count(*) from audit_event where event_type = 'INFO_COMMISSION_SENT' and item_id = ?", Long.toString(commissionId)));
        assertEquals(1, count("select count(*) from audit_event where event_type = 'INFO_COMMISSION_MISSED' and organ_code = ?", b));
        assertEquals(1, count("select count(*) from audit_event where event_type = 'INFO_URGENT_FAULT_RECORDED' and organ_code = ?", c));
        assertEquals(1, count("select count(*) from audit_event where event_type = 'INFO_ISSUE_PUBLISHED' and item_id = ?", Long.toString(publicId)));
        assertEquals(1, count("select count(*) from audit_event where event_type = 'INFO_PUBLICATION_SAVED' and item_id = ?", county));
        assertTrue(count("select count(*) from audit_event where event_type = 'INFO_RULES_SET' and item_id = ?", "2026") >= 2);

        // the yearly bulletin
        String bulletin = pdfText(get("infoeditor", "/api/v1/staff/info/scores/2026/bulletin.pdf"));
        String pointsOfA = score(a, null).getJsonNumber("points").bigDecimalValue().setScale(2).toPlainString();
        assertEquals("66.67", pointsOfA, "60.67, then 2 for submitting and 4 for adopting the public item");
        assertTrue(bulletin.contains("甲镇" + run + pointsOfA), bulletin);
        assertTrue(bulletin.contains("春节期间民生保障" + run), "the commission and who missed it");
        assertTrue(bulletin.contains("瞒报"), "the urgent-information faults");
    }

    @Test
    void anOfficerOfAnotherUnitSeesNothingOfTheUnitsDrafts() throws Exception {
        String run = suffix();
        String a = organ("D" + run, "丁镇" + run);
        String b = organ("E" + run, "戊局" + run);
        Api officerA = officer(a);
        Api officerB = officer(b);
        setRules(rules(1, 5, "ZW" + run, "SZ" + run, "GK" + run, a));
        long mine = draft(officerA, "丁镇草稿" + run, "尚未审签的草稿。" + run, "DYNAMIC", false, null, List.of(b));

        assertEquals(404, officerB.get(items(mine)).status(), "not even a joint unit sees a draft");
        assertEquals(404, officerB.put(items(mine), "{\"title\":\"改\",\"body\":\"改\",\"type\":\"DYNAMIC\"}").status());
        assertEquals(404, officerB.post(items(mine) + "/submit", "{\"signer\":\"某\"}").status());
        assertEquals(404, editor().get(items(mine)).status(), "the office receives only submitted items");
        assertFalse(officerB.get("/api/v1/staff/info/items").body().contains("丁镇草稿" + run));
        assertFalse(editor().get("/api/v1/staff/info/items").body().contains("丁镇草稿" + run));
        assertEquals(403, officerA.post(items(mine) + "/adopt", "{\"publication\":\"X\"}").status(), "officers do not adopt");
        assertEquals(403, editor().put("/api/v1/staff/info/rules/2026", "{}").status(), "only the administrator sets the rules");

        // once submitted: the office and the joint unit see it; a stranger still does not
        submit(officerA, mine);
        assertEquals(200, officerB.get(items(mine)).status());
        assertEquals(200, editor().get(items(mine)).status());
        assertEquals(404, api().as("infoofficer").get(items(mine)).status());
        Reply returned = editor().post(items(mine) + "/return", "{\"reason\":\"请补充具体数据\"}");
        assertEquals("RETURNED", returned.object().getString("status"));
        assertEquals("请补充具体数据", officerA.get(items(mine)).object().getJsonObject("item").getString("returnReason"));

        // a repeated text is flagged to the editor
        long copy = draft(officerB, "戊局转报" + run, "尚未审签的 草稿。" + run, "DYNAMIC", false, null, List.of());
        submit(officerA, mine);
        submit(officerB, copy);
        JsonObject seen = editor().get(items(copy)).object();
        assertTrue(seen.getJsonObject("item").getBoolean("duplicate"));
        assertEquals(mine, seen.getJsonArray("duplicates").getJsonNumber(0).longValue());

        // the ledger is appended only
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            assertTrue(count("select count(*) from info_ledger where organ_code = ?", a) > 0);
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update info_ledger set points = 100 where organ_code = '" + a + "'"));
            assertTrue(refused.getMessage().contains("appended only"), refused::getMessage);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String suffix() {
        return String.format("%07d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 10_000_000);
    }

    private String organ(String code, String name) {
        String full = (code + "000000000").substring(0, 9);
        full = code.length() >= 9 ? code : full;
        Reply created = api().as("admin").post("/api/v1/staff/organs", "{\"code\":\"" + full + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        return full;
    }

    private Api officer(String organ) {
        String username = "iw" + organ.toLowerCase();
        Reply created = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"%s","displayName":"信息员%s","organ":"%s","roles":["INFO_OFFICER"],"password":"%s"}"""
                .formatted(username, organ, organ, PASSWORD));
        assertEquals(201, created.status(), created::toString);
        return api().as(username, PASSWORD);
    }

    private Api editor() {
        return api().as("infoeditor");
    }

    private void publication(String code, String name, String level, boolean isPublic, boolean external) {
        Reply saved = api().as("admin").post("/api/v1/staff/info/publications", """
                {"code":"%s","name":"%s","level":"%s","public":%s,"external":%s}""".formatted(code, name, level, isPublic, external));
        assertEquals(201, saved.status(), saved::toString);
    }

    private static String rules(int submission, int single, String county, String city, String open, String organ) {
        return """
                {"year":2026,"submission":%d,
                 "adoption":[{"publication":"%s","single":%d,"combined":3},{"publication":"%s","single":15,"combined":10},
                             {"publication":"%s","single":4,"combined":2}],
                 "instruction":{"COUNTY":5,"CITY":10,"PROVINCE":20,"STATE":50},
                 "forwardedMultiplier":2,"negativeBonus":2,"commissionMissed":-10,
                 "urgent":{"LATE":-5,"MISSED":-10,"CONCEALED":-20,"FALSE":-10},
                 "blocksAward":["MISSED","CONCEALED","FALSE"],"targets":{"%s":20}}"""
                .formatted(submission, county, single, city, open, organ);
    }

    private int setRules(String json) {
        Reply set = api().as("admin").put("/api/v1/staff/info/rules/2026", json);
        assertEquals(200, set.status(), set::toString);
        return set.object().getInt("version");
    }

    private static String items(long id) {
        return "/api/v1/staff/info/items/" + id;
    }

    private long draft(Api officer, String title, String body, String type, boolean negative, Long commission, List<String> joint) {
        String organs = joint.isEmpty() ? "[]" : "[\"" + String.join("\",\"", joint) + "\"]";
        Reply drafted = officer.post("/api/v1/staff/info/items", """
                {"title":"%s","body":"%s","type":"%s","negative":%s,"commission":%s,"jointOrgans":%s}"""
                .formatted(title, body, type, negative, commission, organs));
        assertEquals(201, drafted.status(), drafted::toString);
        assertEquals("DRAFT", drafted.object().getString("status"));
        return drafted.object().getJsonNumber("id").longValue();
    }

    private JsonObject submit(Api officer, long id) {
        Reply submitted = officer.post(items(id) + "/submit", "{\"signer\":\"张镇长\"}");
        assertEquals(200, submitted.status(), submitted::toString);
        return submitted.object();
    }

    private long instruct(long item, String leader, String level, String givenOn, String due) {
        Reply recorded = editor().post(items(item) + "/instructions", """
                {"leader":"%s","level":"%s","text":"请抓紧整改，确保安全。","givenOn":"%s","feedbackDue":"%s"}"""
                .formatted(leader, level, givenOn, due));
        assertEquals(201, recorded.status(), recorded::toString);
        return recorded.object().getJsonNumber("id").longValue();
    }

    private static String row(String kind, String points, boolean correction, int rule, Long item) {
        return kind + " " + points + (correction ? " correction" : "") + " rule " + rule + " item " + item;
    }

    private List<String> ledger(String organ) {
        Reply ledger = editor().get("/api/v1/staff/info/scores/" + organ + "/ledger?year=2026");
        assertEquals(200, ledger.status(), ledger::toString);
        List<String> rows = new ArrayList<>();
        for (JsonValue value : ledger.json().asJsonArray()) {
            JsonObject r = value.asJsonObject();
            assertFalse(r.getString("cause").isBlank());
            rows.add(row(r.getString("kind"), r.getJsonNumber("points").bigDecimalValue().setScale(2).toPlainString(),
                    r.getBoolean("correction"), r.getInt("rule"), r.isNull("item") ? null : r.getJsonNumber("item").longValue()));
        }
        return rows;
    }

    private BigDecimal sum(String organ) {
        return editor().get("/api/v1/staff/info/scores/" + organ + "/ledger?year=2026").json().asJsonArray().stream()
                .map(r -> r.asJsonObject().getJsonNumber("points").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    private JsonObject score(String organ, Integer month) {
        Reply table = editor().get("/api/v1/staff/info/scores?year=2026" + (month == null ? "" : "&month=" + month));
        assertEquals(200, table.status(), table::toString);
        return table.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonObject("organ").getString("code").equals(organ)).findFirst().orElseThrow();
    }

    private static JsonObject award(JsonArray awards, String organ) {
        return awards.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonObject("organ").getString("code").equals(organ)).findFirst().orElseThrow();
    }

    private byte[] get(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body()));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                assertNotNull(rows);
                return rows.getLong(1);
            }
        }
    }
}
