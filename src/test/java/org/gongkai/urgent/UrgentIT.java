package org.gongkai.urgent;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestClock;
import org.gongkai.testing.TestDatabase;
import org.gongkai.testing.TestMail;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Urgent information on the test server's clock (Friday 13 February 2026, 10:00 in Beijing): the
 * deadline of the grade's window from the moment the unit learned of the incident, written reports
 * timed by the server, 迟报 recorded by itself with its minutes, 漏报/瞒报/误报 recorded by the office,
 * the reminders at 30 minutes before and at the deadline, windows changed for new incidents only,
 * and who may see what. Incident titles are unique per test, for the tests share one database.
 */
class UrgentIT extends PortalDeployment {

    private static final String EDUCATION = "000014350";
    private static final String NOW = "2026-02-13T02:00:00Z";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api officer() {
        return api().as("infoofficer");
    }

    private Api otherOfficer() {
        return api().as("infoofficer2");
    }

    private Api desk() {
        return api().as("infoeditor");
    }

    private static String unique(String title) {
        return title + "（" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000 + "）";
    }

    private static String incident(String title, String grade, String occurredAt, String learnedAt) {
        return "{\"title\":\"" + title + "\",\"grade\":\"" + grade + "\",\"category\":\"校园安全\","
                + "\"occurredAt\":\"" + occurredAt + "\",\"learnedAt\":\"" + learnedAt + "\","
                + "\"place\":\"示范市第一中学\",\"summary\":\"教学楼外墙脱落，砸伤路过学生\","
                + "\"casualties\":\"轻伤2人，已送医\",\"measures\":\"已封闭现场，疏散师生\","
                + "\"leadersOnSite\":\"副局长 李某\"}";
    }

    private JsonObject open(String title, String grade, String learnedAt) {
        Reply opened = officer().post("/api/v1/staff/urgent", incident(title, grade, learnedAt, learnedAt));
        assertEquals(201, opened.status(), opened::toString);
        return opened.object();
    }

    private static String written(String text) {
        return "{\"text\":\"" + text + "\",\"signer\":\"王局长\"}";
    }

    // ---------------------------------------------------------------- reports and the clock

    @Test
    void aWrittenReportInsideTheWindowIsOnTimeAndTheIncidentRunsToItsFinalReport() {
        String title = unique("示范市第一中学外墙脱落");
        JsonObject opened = open(title, "SERIOUS", "2026-02-13T01:50:00Z");
        long id = opened.getJsonNumber("id").longValue();
        assertEquals("2026-02-13T03:50:00Z", opened.getString("dueBy"), "learnedAt + 120 minutes");
        assertEquals("2026-02-13T02:20:00Z", opened.getString("phoneDueBy"), "phone first: learnedAt + 30 minutes");
        assertEquals("AWAITING", opened.getString("status"));
        assertEquals(110, opened.getJsonNumber("minutesLeft").longValue(), "10 minutes after learning of it");
        assertFalse(opened.getBoolean("late"));

        try {
            TestClock.advance(Duration.ofMinutes(100));
            Reply report = officer().post("/api/v1/staff/urgent/" + id + "/written", written("初报：外墙脱落，伤2人"));
            assertEquals(200, report.status(), report::toString);
            assertFalse(report.object().getBoolean("late"));
            assertFalse(report.object().containsKey("lateMinutes") && !report.object().isNull("lateMinutes"),
                    report::toString);
            assertEquals("2026-02-13T03:40:00Z", report.object().getString("writtenAt"), "the server's time, not typed");

            assertEquals(201, officer().post("/api/v1/staff/urgent/" + id + "/updates",
                    "{\"text\":\"续报：伤者情况稳定\"}").status());
            assertEquals(201, officer().post("/api/v1/staff/urgent/" + id + "/final",
                    "{\"text\":\"终报：外墙已修复，责任已查明\"}").status());
            assertEquals(409, officer().post("/api/v1/staff/urgent/" + id + "/updates",
                    "{\"text\":\"续报：晚了\"}").status(), "nothing after the final report");
        } finally {
            TestClock.reset();
        }
        JsonObject detail = officer().get("/api/v1/staff/urgent/" + id).object();
        assertEquals("CLOSED", detail.getJsonObject("incident").getString("status"));
        assertEquals(List.of("FIRST", "UPDATE", "FINAL"), detail.getJsonArray("reports").stream()
                .map(r -> r.asJsonObject().getString("kind")).toList());
        assertEquals(0, detail.getJsonArray("faults").size(), "a report on time is no fault");
    }

    @Test
    void aWrittenReportSixtyMinutesLateIsFlaggedWithItsMinutesAndRecordedAsLate() throws Exception {
        String title = unique("示范市教育局校车侧翻");
        JsonObject opened = open(title, "LARGER", NOW);
        long id = opened.getJsonNumber("id").longValue();
        assertEquals("2026-02-13T04:00:00Z", opened.getString("dueBy"));
        try {
            TestClock.advance(Duration.ofMinutes(150));
            JsonObject board = find(desk().get("/api/v1/staff/urgent?open=true").json().asJsonArray(), id);
            assertTrue(board.getBoolean("overdue"), "past the deadline without a written report");
            assertEquals(-30, board.getJsonNumber("minutesLeft").longValue());

            TestClock.advance(Duration.ofMinutes(180));
            Reply report = officer().post("/api/v1/staff/urgent/" + id + "/written", written("初报：校车侧翻"));
            assertEquals(200, report.status(), report::toString);
            assertTrue(report.object().getBoolean("late"));
            assertEquals(60, report.object().getInt("lateMinutes"));
        } finally {
            TestClock.reset();
        }
        JsonArray faults = desk().get("/api/v1/staff/urgent/faults?organ=" + EDUCATION + "&year=2026").json().asJsonArray();
        JsonObject late = faults.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("incident").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no fault for " + id + ": " + faults));
        assertEquals("LATE", late.getString("kind"));
        assertEquals(60, late.getInt("lateMinutes"));
        assertTrue(late.getString("reason").contains("60 分钟"), late::toString);

        HttpResponse<byte[]> pdf = pdf("/api/v1/staff/urgent/faults/" + late.getJsonNumber("id") + ".pdf", "infoeditor");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII), "一事一通报 as a PDF");
        assertEquals(404, pdf("/api/v1/staff/urgent/faults/" + late.getJsonNumber("id") + ".pdf", "infoofficer2")
                .statusCode(), "another unit's notice");
    }

    @Test
    void aLateReportCostsTheUnitItsDeductionInTheLedgerAndItsAwardsForTheYear() {
        // the year before the test clock's, so that no other test's rules or faults count in it
        Reply rules = api().as("admin").put("/api/v1/staff/info/rules/2025", """
                {"year":2025,"submission":1,"adoption":[],
                 "instruction":{"COUNTY":5,"CITY":10,"PROVINCE":20,"STATE":50},
                 "forwardedMultiplier":1,"negativeBonus":2,"commissionMissed":-10,
                 "urgent":{"LATE":-5,"MISSED":-10,"CONCEALED":-20,"FALSE":-10},
                 "blocksAward":["LATE","MISSED","CONCEALED","FALSE"],"targets":{}}""");
        assertEquals(200, rules.status(), rules::toString);
        // learned of at 23:00 on 31 December 2025 in Beijing: a fault of 2025, reported weeks late
        JsonObject opened = open(unique("示范市第二中学年末火情"), "GENERAL", "2025-12-31T15:00:00Z");
        long id = opened.getJsonNumber("id").longValue();
        Reply report = officer().post("/api/v1/staff/urgent/" + id + "/written", written("初报：年末火情"));
        assertEquals(200, report.status(), report::toString);
        assertTrue(report.object().getBoolean("late"));

        JsonArray ledger = desk().get("/api/v1/staff/info/scores/" + EDUCATION + "/ledger?year=2025").json().asJsonArray();
        List<JsonObject> deductions = ledger.stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("kind").equals("URGENT_LATE")).toList();
        assertEquals(1, deductions.size(), ledger::toString);
        assertEquals(0, deductions.get(0).getJsonNumber("points").bigDecimalValue().compareTo(new java.math.BigDecimal("-5")),
                deductions::toString);

        JsonObject award = desk().get("/api/v1/staff/info/awards?year=2025").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> EDUCATION.equals(a.getJsonObject("organ").getString("code")))
                .findFirst().orElseThrow(() -> new AssertionError("the unit is not among the award candidates"));
        assertTrue(award.getBoolean("blocked"), award::toString);
        assertTrue(award.getJsonArray("reasons").toString().contains("迟报"), award::toString);
    }

    @Test
    void theDutyDeskLogsThePhoneReportAndOnlyTheDutyDeskMay() {
        long id = open(unique("示范市某小学食物中毒"), "SERIOUS", NOW).getJsonNumber("id").longValue();
        String phone = "{\"at\":\"2026-02-13T02:00:00Z\",\"caller\":\"吴信息\",\"receivedBy\":\"值班员 冯某\"}";
        assertEquals(403, officer().post("/api/v1/staff/urgent/" + id + "/phone", phone).status());
        Reply logged = desk().post("/api/v1/staff/urgent/" + id + "/phone", phone);
        assertEquals(200, logged.status(), logged::toString);
        assertEquals("吴信息", logged.object().getJsonObject("phone").getString("caller"));
        assertEquals("AWAITING", logged.object().getString("status"), "the phone report does not stop the clock");
        assertEquals(409, desk().post("/api/v1/staff/urgent/" + id + "/phone", phone).status(), "logged once");
        assertEquals(400, desk().post("/api/v1/staff/urgent/" + id + "/phone",
                "{\"at\":\"2026-02-13T05:00:00Z\",\"caller\":\"吴信息\",\"receivedBy\":\"冯某\"}").status(),
                "not in the future");
    }

    // ---------------------------------------------------------------- faults found by the office

    @Test
    void theOfficeRecordsAMissedIncidentWithItsSourceAndFindsConcealment() {
        String title = unique("示范市某校学生溺水（网络舆情）");
        String missed = "{\"organ\":\"" + EDUCATION + "\",\"title\":\"" + title
                + "\",\"learnedAt\":\"2026-02-13T01:30:00Z\",\"source\":\"市公安局110指挥中心通报\"}";
        assertEquals(403, officer().post("/api/v1/staff/urgent/missed", missed).status(), "only the office");
        Reply recorded = desk().post("/api/v1/staff/urgent/missed", missed);
        assertEquals(201, recorded.status(), recorded::toString);
        long id = recorded.object().getJsonNumber("id").longValue();
        assertEquals("MISSED", recorded.object().getString("origin"));
        assertEquals(EDUCATION, recorded.object().getString("organ"));

        JsonObject detail = officer().get("/api/v1/staff/urgent/" + id).object();
        assertEquals(List.of("MISSED"), kinds(detail));
        assertTrue(detail.getJsonArray("faults").getJsonObject(0).getString("reason").contains("110指挥中心"));

        assertEquals(400, desk().post("/api/v1/staff/urgent/" + id + "/finding", "{\"kind\":\"CONCEALED\"}").status(),
                "a finding needs its reason");
        assertEquals(400, desk().post("/api/v1/staff/urgent/" + id + "/finding",
                "{\"kind\":\"LATE\",\"reason\":\"x\"}").status(), "迟报 is recorded by itself only");
        assertEquals(403, officer().post("/api/v1/staff/urgent/" + id + "/finding",
                "{\"kind\":\"CONCEALED\",\"reason\":\"自查\"}").status());
        Reply concealed = desk().post("/api/v1/staff/urgent/" + id + "/finding",
                "{\"kind\":\"CONCEALED\",\"reason\":\"经核实，该局值班人员当日已知情而未报告\"}");
        assertEquals(201, concealed.status(), concealed::toString);
        assertEquals(409, desk().post("/api/v1/staff/urgent/" + id + "/finding",
                "{\"kind\":\"CONCEALED\",\"reason\":\"再次\"}").status(), "once per incident and kind");
        assertEquals(List.of("MISSED", "CONCEALED"), kinds(officer().get("/api/v1/staff/urgent/" + id).object()));

        List<String> ofYear = desk().get("/api/v1/staff/urgent/faults?organ=" + EDUCATION + "&year=2026").json()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("incident").longValue() == id).map(f -> f.getString("kind")).toList();
        assertEquals(List.of("MISSED", "CONCEALED"), ofYear, "both appear for the 通报 of 2026");
    }

    @Test
    void anotherUnitsOfficerCannotReadOrReportTheIncident() {
        String title = unique("示范市教育局考场停电");
        long id = open(title, "GENERAL", NOW).getJsonNumber("id").longValue();
        assertEquals(404, otherOfficer().get("/api/v1/staff/urgent/" + id).status());
        assertEquals(404, otherOfficer().post("/api/v1/staff/urgent/" + id + "/written", written("冒报")).status());
        assertFalse(otherOfficer().get("/api/v1/staff/urgent").body().contains(title), "not in the other unit's list");
        assertTrue(officer().get("/api/v1/staff/urgent").body().contains(title), "in the unit's own list");
        assertTrue(desk().get("/api/v1/staff/urgent?open=true").body().contains(title), "on the office's board");
        assertEquals(404, otherOfficer().get("/api/v1/staff/urgent/faults?organ=" + EDUCATION + "&year=2026").status());
        assertEquals(403, api().as("editor").get("/api/v1/staff/urgent").status(), "no urgent role");
        assertEquals(401, api().get("/api/v1/staff/urgent").status());
    }

    @Test
    void aLeadersInstructionGoesBackToTheUnitForItsFeedback() {
        long id = open(unique("示范市某中学踩踏"), "SERIOUS", NOW).getJsonNumber("id").longValue();
        Reply given = desk().post("/api/v1/staff/urgent/" + id + "/instructions",
                "{\"leader\":\"市长 张某\",\"text\":\"全力救治伤员，查明原因\",\"givenOn\":\"2026-02-13\","
                        + "\"feedbackDue\":\"2026-02-16\"}");
        assertEquals(201, given.status(), given::toString);
        long instruction = given.object().getJsonNumber("id").longValue();
        String feedback = "{\"text\":\"伤员均已救治，原因已查明\"}";
        assertEquals(404, otherOfficer().post("/api/v1/staff/urgent/" + id + "/instructions/" + instruction
                + "/feedback", feedback).status());
        Reply answered = officer().post("/api/v1/staff/urgent/" + id + "/instructions/" + instruction + "/feedback",
                feedback);
        assertEquals(200, answered.status(), answered::toString);
        assertEquals("伤员均已救治，原因已查明", officer().get("/api/v1/staff/urgent/" + id).object()
                .getJsonArray("instructions").getJsonObject(0).getString("feedback"));
    }

    // ---------------------------------------------------------------- windows and reminders

    @Test
    void aWindowChangedByTheAdministratorAppliesToNewIncidentsOnly() {
        JsonObject before = open(unique("示范市教育局旧时限事件"), "GENERAL", NOW);
        assertEquals(120, desk().get("/api/v1/staff/urgent/windows").object().getInt("GENERAL"));
        assertEquals(403, desk().put("/api/v1/staff/urgent/windows", "{\"GENERAL\":60}").status(),
                "only the administrator");
        try {
            Reply changed = api().as("admin").put("/api/v1/staff/urgent/windows", "{\"GENERAL\":60}");
            assertEquals(200, changed.status(), changed::toString);
            assertEquals(60, changed.object().getInt("GENERAL"));
            assertEquals(120, changed.object().getInt("SERIOUS"), "the others stay");

            JsonObject after = open(unique("示范市教育局新时限事件"), "GENERAL", NOW);
            assertEquals("2026-02-13T03:00:00Z", after.getString("dueBy"), "the new window");
            JsonObject old = officer().get("/api/v1/staff/urgent/" + before.getJsonNumber("id")).object()
                    .getJsonObject("incident");
            assertEquals("2026-02-13T04:00:00Z", old.getString("dueBy"), "the window in force when it was opened");
            assertEquals(400, api().as("admin").put("/api/v1/staff/urgent/windows", "{\"GENERAL\":0}").status());
        } finally {
            api().as("admin").put("/api/v1/staff/urgent/windows", "{\"GENERAL\":120}");
        }
    }

    @Test
    void remindersGoToTheUnitThirtyMinutesBeforeAndToTheOfficeAtTheDeadlineOnce() throws Exception {
        String unitMail = "urgent-unit@example.cn";
        assertEquals(403, officer().put("/api/v1/staff/urgent/mail/" + EDUCATION,
                "{\"address\":\"" + unitMail + "\"}").status());
        assertEquals(200, api().as("admin").put("/api/v1/staff/urgent/mail/" + EDUCATION,
                "{\"address\":\"" + unitMail + "\"}").status());
        String title = unique("示范市教育局危化品泄漏");
        long id = open(title, "SERIOUS", NOW).getJsonNumber("id").longValue();
        try {
            TestClock.advance(Duration.ofMinutes(89));
            runRound();
            assertEquals(0, mailsAbout(unitMail, title).size(), "31 minutes before: nothing yet");

            TestClock.advance(Duration.ofMinutes(90));
            runRound();
            List<String> unit = awaitMails(unitMail, title, 1);
            assertTrue(unit.get(0).contains("30 分钟"), unit::toString);
            assertEquals(0, mailsAbout(TestDatabase.URGENT_OFFICE_MAIL, title).size(), "the office not yet");
            runRound();

            TestClock.advance(Duration.ofMinutes(120));
            runRound();
            List<String> office = awaitMails(TestDatabase.URGENT_OFFICE_MAIL, title, 1);
            assertTrue(office.get(0).contains("已到时限"), office::toString);
            runRound();
            Thread.sleep(1500);
            assertEquals(1, mailsAbout(unitMail, title).size(), "the unit's reminder went out once");
            assertEquals(1, mailsAbout(TestDatabase.URGENT_OFFICE_MAIL, title).size(), "the office's once");
        } finally {
            TestClock.reset();
        }
        assertEquals(404, otherOfficer().get("/api/v1/staff/urgent/" + id).status());
    }

    private void runRound() {
        Reply round = desk().post("/api/v1/staff/urgent/reminders/run", "{}");
        assertEquals(200, round.status(), round::toString);
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject find(JsonArray incidents, long id) {
        return incidents.stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError(id + " not listed"));
    }

    private static List<String> kinds(JsonObject detail) {
        return detail.getJsonArray("faults").stream().map(f -> f.asJsonObject().getString("kind")).toList();
    }

    private static List<String> mailsAbout(String address, String title) {
        return TestMail.to(address).stream().map(TestMail::text).filter(t -> t.contains(title)).toList();
    }

    private static List<String> awaitMails(String address, String title, int atLeast) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> found = mailsAbout(address, title);
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + atLeast + " e-mails about " + title + " to " + address + ": "
                + TestMail.to(address).stream().map(TestMail::text).toList());
    }

    private HttpResponse<byte[]> pdf(String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}
