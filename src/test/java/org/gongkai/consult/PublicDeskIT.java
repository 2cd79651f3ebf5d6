package org.gongkai.consult;

import jakarta.json.JsonObject;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestClients;
import org.gongkai.testing.TestClock;
import org.gongkai.testing.TestDatabase;
import org.gongkai.testing.TestMail;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public Q&A desk (答疑台) and the site's columns and health, on the test server's clock (Friday
 * 13 February 2026): due dates by kind around the 2026 National Day, screening and assignment, the
 * answer through the confidentiality review, the writer's rating and the second handling, the
 * published answers without personal data, the figures; columns, articles through the review and
 * the inspection lines on a moved clock.
 */
class PublicDeskIT extends PortalDeployment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String OFFICE = "000014349";
    private static final String EDUCATION = "000014350";

    // ---------------------------------------------------------------- the desk

    @Test
    void dueDatesByKindAroundTheNationalDayAndTheOneExtension() {
        try {
            // Wednesday 30 September 2026, a working day before the holiday of 1–7 October (10 October is worked)
            moveTo("2026-09-30T02:00:00Z");
            JsonObject consultation = write("CONSULTATION", null, "国庆期间办事大厅开放时间", true, null).object();
            assertEquals("2026-09-30", consultation.getString("receivedOn"));
            assertEquals("2026-10-13", consultation.getString("dueOn"), "8, 9, 10 (worked Saturday), 12, 13 October");
            assertEquals("2026-10-20", write("SUGGESTION", null, "建议延长办事大厅开放时间", true, null).object().getString("dueOn"));
            assertEquals("2026-10-20", write("COMPLAINT", null, "办事大厅窗口服务态度", false, null).object().getString("dueOn"));
            assertEquals("2026-10-10", write("CORRECTION", null, "网站联系电话有误", true, null).object().getString("dueOn"),
                    "three working days: 8, 9 and the worked Saturday 10 October");

            // Saturday 3 October, a holiday: received on the next working day, 8 October
            moveTo("2026-10-03T02:00:00Z");
            JsonObject holiday = write("CORRECTION", null, "政策文件链接失效", true, null).object();
            assertEquals("2026-10-08", holiday.getString("receivedOn"));
            assertEquals("2026-10-12", holiday.getString("dueOn"), "9, 10, 12 October");

            long id = idOf(consultation.getString("queryCode"));
            Reply tooLong = infoEditor().post("/api/v1/staff/messages/" + id + "/extend",
                    "{\"workingDays\":11,\"reason\":\"需多部门会商\"}");
            assertEquals(400, tooLong.status(), "5 + 11 is over 15 working days in all");
            Reply extended = infoEditor().post("/api/v1/staff/messages/" + id + "/extend",
                    "{\"workingDays\":10,\"reason\":\"需多部门会商\"}");
            assertEquals(200, extended.status(), extended::toString);
            assertEquals("2026-10-27", extended.object().getString("dueOn"), "15 working days after 30 September");
            assertEquals(409, infoEditor().post("/api/v1/staff/messages/" + id + "/extend",
                    "{\"workingDays\":1,\"reason\":\"再次延期\"}").status(), "one extension only");
            assertEquals(403, api().as("officer").post("/api/v1/staff/messages/" + id + "/extend",
                    "{\"workingDays\":1,\"reason\":\"延期\"}").status(), "the office extends, not the unit");

            JsonObject kinds = api().get("/api/v1/messages/kinds").json().asJsonArray().getJsonObject(3);
            assertEquals("CORRECTION", kinds.getString("kind"));
            assertEquals(3, kinds.getInt("workingDays"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void anAnswerReachesTheWriterAndThePublicOnlyThroughTheReview() throws Exception {
        int n = SEQUENCE.incrementAndGet();
        String name = "欧阳明" + "一二三四五六七八九十".charAt(n % 10);
        String phone = "1391234" + String.format("%04d", 5000 + n);
        String email = "writer" + n + "@example.cn";
        String topic = "居住证" + n + "号办理材料";
        Reply written = filer().post("/api/v1/messages", """
                {"kind":"CONSULTATION","organ":null,"title":"%s","content":"请问办理%s需要提交哪些材料？","name":"%s",
                 "phone":"%s","email":"%s","public":true}""".formatted(topic, topic, name, phone, email));
        assertEquals(201, written.status(), written::toString);
        String code = written.object().getString("queryCode");
        String passcode = written.object().getString("passcode");
        assertEquals("2026-02-13", written.object().getString("receivedOn"));
        assertEquals("2026-02-27", written.object().getString("dueOn"), "13 Feb; 14 (worked), 24, 25, 26, 27 after the Spring Festival");
        long id = idOf(code);

        // the office screens and assigns; units see only what is assigned to them
        assertTrue(infoEditor().get("/api/v1/staff/messages?status=RECEIVED").body().contains(code));
        assertEquals(404, api().as("officer").get("/api/v1/staff/messages/" + id).status(), "not yet assigned to the unit");
        assertEquals(403, api().as("officer").post("/api/v1/staff/messages/" + id + "/assign",
                "{\"organ\":\"" + OFFICE + "\"}").status(), "units do not assign");
        Reply assigned = infoEditor().post("/api/v1/staff/messages/" + id + "/assign", "{\"organ\":\"" + OFFICE + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("ASSIGNED", assigned.object().getString("status"));
        assertEquals(404, api().as("officer2").get("/api/v1/staff/messages/" + id).status(), "another organ's unit");
        assertEquals(404, api().as("infoofficer").post("/api/v1/staff/messages/" + id + "/reply",
                "{\"text\":\"答复内容不应被接受。\"}").status(), "another organ's information officer");
        JsonObject detail = api().as("officer").get("/api/v1/staff/messages/" + id).object();
        assertEquals(phone, detail.getString("phone"), "the assigned unit may call the writer back");

        String answer = "您好！办理" + topic + "需提交身份证明、居住证明和近期照片，详见市公安局网站办事指南。";
        Reply drafted = api().as("officer").post("/api/v1/staff/messages/" + id + "/reply",
                "{\"text\":\"" + answer + "\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        long task = drafted.object().getJsonNumber("reviewTaskId").longValue();

        JsonObject inReview = writer(passcode).get("/api/v1/messages/" + code).object();
        assertEquals("IN_REVIEW", inReview.getString("status"));
        assertFalse(inReview.containsKey("reply"), "the writer sees no answer before the review approves it");
        assertEquals(0, api().get("/api/v1/messages?q=" + enc(topic)).object().getInt("total"));
        assertEquals(409, writer(passcode).post("/api/v1/messages/" + code + "/rating", "{\"satisfied\":true}").status(),
                "nothing to rate yet");
        JsonObject reviewTask = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object();
        assertEquals("MESSAGE_REPLY", reviewTask.getString("itemType"));
        assertFalse(reviewTask.toString().contains(phone), "the review sees the answer, not the writer's data");

        assertEquals(403, decideAs("officer", task).status(), "the unit does not review its own answer");
        Reply approved = decideAs("reviewer", task);
        assertEquals(200, approved.status(), approved::toString);

        JsonObject answered = writer(passcode).get("/api/v1/messages/" + code).object();
        assertEquals("ANSWERED", answered.getString("status"));
        assertEquals(answer, answered.getString("reply"));
        assertEquals(404, writer("AAAA-BBBB-CCCC").get("/api/v1/messages/" + code).status(), "a wrong passcode: unknown");

        Reply list = api().get("/api/v1/messages?q=" + enc(topic.substring(0, 3) + " " + n + " 办理材料"));
        assertEquals(1, list.object().getInt("total"), list::toString);
        JsonObject published = list.object().getJsonArray("items").getJsonObject(0);
        assertEquals(code, published.getString("queryCode"));
        assertEquals(answer, published.getString("reply"));
        assertEquals(0, api().get("/api/v1/messages?q=" + enc("居住证明天气")).object().getInt("total"),
                "every bigram must match");
        for (String personal : List.of(name, phone, email)) {
            assertFalse(list.body().contains(personal), "no personal data in the public list: " + personal);
        }
        assertPersonalDataEncryptedAndNotInTheHistory(id, name, phone, email);
        assertTrue(awaitMail(email, "已答复").contains(code));

        // unsatisfied once: a second handling; after it the rating is final
        Reply unsatisfied = writer(passcode).post("/api/v1/messages/" + code + "/rating",
                "{\"satisfied\":false,\"comment\":\"未说明照片规格\"}");
        assertEquals(200, unsatisfied.status(), unsatisfied::toString);
        assertEquals("ASSIGNED", unsatisfied.object().getString("status"));
        assertEquals(2, unsatisfied.object().getInt("round"));
        assertEquals("2026-02-27", unsatisfied.object().getString("dueOn"), "a new period from today's receipt");
        assertEquals(answer, unsatisfied.object().getString("reply"), "the first answer stays readable");
        long second = api().as("officer").post("/api/v1/staff/messages/" + id + "/reply",
                "{\"text\":\"补充答复：照片为近期一寸白底彩色照片。\"}").object().getJsonNumber("reviewTaskId").longValue();
        assertEquals(200, decideAs("reviewer", second).status());
        assertEquals("补充答复：照片为近期一寸白底彩色照片。", writer(passcode).get("/api/v1/messages/" + code).object().getString("reply"));
        Reply again = writer(passcode).post("/api/v1/messages/" + code + "/rating", "{\"satisfied\":false}");
        assertEquals(200, again.status(), again::toString);
        assertEquals("ANSWERED", again.object().getString("status"), "a second handling only once");
        assertEquals(409, writer(passcode).post("/api/v1/messages/" + code + "/rating", "{\"satisfied\":true}").status(),
                "each answer is rated once");

        // the office may mark it as a frequent question
        assertEquals(200, infoEditor().post("/api/v1/staff/messages/" + id + "/faq", "{\"faq\":true}").status());
        assertTrue(api().get("/api/v1/messages?faq=true").body().contains(code));
    }

    @Test
    void aPrivateMessageIsAnsweredButNeverPublished() {
        String topic = "私密" + SEQUENCE.incrementAndGet() + "号投诉事项";
        JsonObject written = write("COMPLAINT", OFFICE, topic, false, null).object();
        long id = idOf(written.getString("queryCode"));
        assertEquals(200, infoEditor().post("/api/v1/staff/messages/" + id + "/assign", "{\"organ\":\"" + OFFICE + "\"}").status());
        long task = api().as("officer").post("/api/v1/staff/messages/" + id + "/reply",
                "{\"text\":\"已转交相关科室核实处理，感谢监督。\"}").object().getJsonNumber("reviewTaskId").longValue();
        assertEquals(200, decideAs("reviewer", task).status());
        assertEquals("ANSWERED", writer(written.getString("passcode")).get("/api/v1/messages/" + written.getString("queryCode"))
                .object().getString("status"));
        assertFalse(api().get("/api/v1/messages?size=100&q=" + enc(topic)).body().contains(written.getString("queryCode")));
        assertEquals(409, infoEditor().post("/api/v1/staff/messages/" + id + "/faq", "{\"faq\":true}").status());
    }

    @Test
    void anInvalidMessageIsClosedWithItsReason() {
        JsonObject original = write("SUGGESTION", null, "建议增设公交线路" + SEQUENCE.incrementAndGet(), true, null).object();
        JsonObject repeat = write("SUGGESTION", null, "建议增设公交线路（重复）", true, null).object();
        long id = idOf(repeat.getString("queryCode"));
        assertEquals(403, api().as("officer").post("/api/v1/staff/messages/" + id + "/invalid",
                "{\"reason\":\"重复留言\"}").status());
        assertEquals(400, infoEditor().post("/api/v1/staff/messages/" + id + "/invalid",
                "{\"reason\":\"重复留言\",\"duplicateOf\":\"ZX2026-22222222\"}").status(), "no such message");
        Reply invalid = infoEditor().post("/api/v1/staff/messages/" + id + "/invalid",
                "{\"reason\":\"与已受理的留言重复\",\"duplicateOf\":\"" + original.getString("queryCode") + "\"}");
        assertEquals(200, invalid.status(), invalid::toString);
        assertEquals("INVALID", invalid.object().getString("status"));
        JsonObject seen = writer(repeat.getString("passcode")).get("/api/v1/messages/" + repeat.getString("queryCode")).object();
        assertEquals("INVALID", seen.getString("status"));
        assertEquals("与已受理的留言重复", seen.getString("invalidReason"));
        assertEquals(409, infoEditor().post("/api/v1/staff/messages/" + id + "/assign", "{\"organ\":\"" + OFFICE + "\"}").status());

        Reply incomplete = filer().post("/api/v1/messages", """
                {"kind":"CONSULTATION","title":"无联系方式","content":"没有留下任何联系方式的留言","name":"某人","public":true}""");
        assertEquals(400, incomplete.status(), "a contact is required");
        assertEquals(413, filer().post("/api/v1/messages", "{\"content\":\"" + "长".repeat(20000) + "\"}").status());
    }

    @Test
    void statisticsPerOrganAndYearAndTheOverdueWarning() throws Exception {
        try {
            // Monday 1 March 2027: a year no other test writes in
            moveTo("2027-03-01T02:00:00Z");
            JsonObject answered = write("CONSULTATION", OFFICE, "统计样本一", true, null).object();
            JsonObject open = write("CORRECTION", OFFICE, "统计样本二", true, null).object();
            JsonObject invalid = write("CONSULTATION", OFFICE, "统计样本三", true, null).object();
            assertEquals(200, infoEditor().post("/api/v1/staff/messages/" + idOf(invalid.getString("queryCode"))
                    + "/invalid", "{\"reason\":\"无实质内容\"}").status());
            for (JsonObject m : List.of(answered, open)) {
                assertEquals(200, infoEditor().post("/api/v1/staff/messages/" + idOf(m.getString("queryCode")) + "/assign",
                        "{\"organ\":\"" + OFFICE + "\"}").status());
            }
            moveTo("2027-03-03T02:00:00Z");
            long task = api().as("officer").post("/api/v1/staff/messages/" + idOf(answered.getString("queryCode")) + "/reply",
                    "{\"text\":\"统计样本的答复内容。\"}").object().getJsonNumber("reviewTaskId").longValue();
            assertEquals(200, decideAs("reviewer", task).status());
            assertEquals(200, writer(answered.getString("passcode")).post("/api/v1/messages/"
                    + answered.getString("queryCode") + "/rating", "{\"satisfied\":true}").status());

            // the correction was due on 4 March: on the 5th it is overdue in the unit's queue and warned once
            moveTo("2027-03-05T02:00:00Z");
            JsonObject queued = api().as("officer").get("/api/v1/staff/messages").json().asJsonArray().stream()
                    .map(v -> v.asJsonObject()).filter(m -> m.getString("queryCode").equals(open.getString("queryCode")))
                    .findFirst().orElseThrow();
            assertTrue(queued.getBoolean("overdue"));
            assertEquals(-1, queued.getInt("workingDaysLeft"));
            assertTrue(infoEditor().post("/api/v1/staff/messages/daily-checks", "").object().getInt("warnings") >= 1);
            assertEquals(0, infoEditor().post("/api/v1/staff/messages/daily-checks", "").object().getInt("warnings"),
                    "each warning once");
            String warning = awaitMail("xinxike@test.invalid", open.getString("queryCode"));
            assertTrue(warning.contains("超过答复期限") && warning.contains("统计样本二"), warning);
            Thread.sleep(1500);
            assertEquals(1, TestMail.to("xinxike@test.invalid").stream().map(TestMail::text)
                    .filter(t -> t.contains(open.getString("queryCode"))).count(), "sent once");

            JsonObject figures = api().get("/api/v1/messages/stats?year=2027").json().asJsonArray().stream()
                    .map(v -> v.asJsonObject()).filter(f -> f.getString("organ").equals(OFFICE)).findFirst().orElseThrow();
            assertEquals(2, figures.getInt("received"), "the invalid message does not count");
            assertEquals(1, figures.getInt("answered"));
            assertEquals(1, figures.getInt("onTime"));
            assertEquals(2.0, figures.getJsonNumber("averageWorkingDays").doubleValue(), "1 March to 3 March");
            assertEquals(1, figures.getInt("satisfied"));
            assertEquals(1, figures.getInt("rated"));
        } finally {
            TestClock.reset();
        }
    }

    // ---------------------------------------------------------------- columns and site health

    @Test
    void aColumnFromEmptyThroughTheReviewToStaleWarnedOnce() throws Exception {
        int n = SEQUENCE.incrementAndGet();
        String code = "news-" + n;
        String contact = "lanmu" + n + "@test.invalid";
        String column = """
                {"code":"%s","name":"工作动态%d","type":"NEWS","organ":"%s","editor":"editor","backupEditor":"officer",
                 "cycleDays":14,"contactEmail":"%s"}""".formatted(code, n, OFFICE, contact);
        assertEquals(403, api().as("editor").post("/api/v1/staff/columns", column).status(), "columns are the administrator's");
        Reply created = api().as("admin").post("/api/v1/staff/columns", column);
        assertEquals(201, created.status(), created::toString);
        assertEquals(409, api().as("admin").post("/api/v1/staff/columns", column).status());
        assertEquals("EMPTY", columnHealth(code).getString("state"));

        assertEquals(403, api().as("officer").post("/api/v1/staff/columns/" + code + "/articles",
                "{\"title\":\"标题\",\"body\":\"正文内容不少于五字。\"}").status(), "editors write articles");
        Reply submitted = api().as("editor").post("/api/v1/staff/columns/" + code + "/articles",
                "{\"title\":\"市政府召开常务会议%d\",\"body\":\"会议研究部署了近期重点工作。\",\"source\":\"市政府办公室\"}".formatted(n));
        assertEquals(201, submitted.status(), submitted::toString);
        long article = submitted.object().getJsonNumber("id").longValue();
        assertEquals(0, api().get("/api/v1/columns/" + code).object().getInt("total"), "not public before the review");
        assertEquals(404, api().get("/api/v1/columns/articles/" + article).status());
        assertRefusedByTheDatabase(article);
        assertEquals(200, decideAs("reviewer", submitted.object().getJsonNumber("reviewTaskId").longValue()).status());

        JsonObject page = api().get("/api/v1/columns/" + code).object();
        assertEquals(1, page.getInt("total"));
        assertEquals("市政府召开常务会议" + n, page.getJsonArray("articles").getJsonObject(0).getString("title"));
        assertFalse(page.toString().contains("\"editor\""), "the public page names no editor");
        JsonObject fresh = columnHealth(code);
        assertEquals("OK", fresh.getString("state"));
        assertEquals("2026-02-13", fresh.getString("lastPublishedOn"));
        assertEquals(0, fresh.getInt("idleDays"));
        try {
            // 14-day cycle, warned 4 days ahead: due soon from the 10th idle day, overdue from the 15th
            moveTo("2026-02-22T02:00:00Z");
            assertEquals("OK", columnHealth(code).getString("state"));
            moveTo("2026-02-24T02:00:00Z");
            assertEquals("DUE_SOON", columnHealth(code).getString("state"));
            assertTrue(api().as("admin").post("/api/v1/staff/site/health/warnings", "").object().getInt("warnings") >= 1);
            assertEquals(0, api().as("admin").post("/api/v1/staff/site/health/warnings", "").object().getInt("warnings"),
                    "each warning once");
            assertTrue(awaitMail(contact, "即将超过更新周期").contains("责任编辑：editor"));

            moveTo("2026-03-01T02:00:00Z");
            JsonObject health = api().as("leader").get("/api/v1/staff/site/health").object();
            JsonObject stale = health.getJsonArray("columns").stream().map(v -> v.asJsonObject())
                    .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
            assertEquals("OVERDUE", stale.getString("state"));
            assertEquals(16, stale.getInt("idleDays"));
            JsonObject home = check(health, "HOME_PAGE_IDLE");
            assertEquals(16, home.getInt("count"), "the home page last changed with this article on 13 February");
            assertTrue(home.getBoolean("failing"));
            assertTrue(check(health, "NEWS_STALE").getInt("count") >= 1);
            assertEquals(403, api().as("officer").get("/api/v1/staff/site/health").status());
            assertTrue(api().as("admin").post("/api/v1/staff/site/health/warnings", "").object().getInt("warnings") >= 1);
            assertTrue(awaitMail(contact, "已超过更新周期").contains(code));
            assertTrue(awaitMail("wangzhan@test.invalid", "首页超过2周未更新").contains("否决"));
            Thread.sleep(1500);
            assertEquals(2, TestMail.to(contact).size(), "one warning before the line, one after");
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void aColumnBoundToTheCatalogueListsItsPublishedEntries() {
        JsonObject entry = api().get("/api/v1/catalogue?size=1").object().getJsonArray("items").getJsonObject(0);
        String subject = entry.getString("subject");
        String code = "catalogue-" + SEQUENCE.incrementAndGet();
        Reply created = api().as("admin").post("/api/v1/staff/columns", """
                {"code":"%s","name":"政策文件","type":"POLICY","organ":"%s","editor":"editor","cycleDays":180,
                 "catalogueSubject":"%s"}""".formatted(code, OFFICE, subject));
        assertEquals(201, created.status(), created::toString);
        JsonObject page = api().get("/api/v1/columns/" + code).object();
        assertTrue(page.getJsonArray("entries").stream().anyMatch(e -> e.asJsonObject().getString("indexNo")
                .equals(entry.getString("indexNo"))), page::toString);
        assertEquals("OK", columnHealth(code).getString("state"), "the catalogue's entries keep it up to date");
        Reply changed = api().as("admin").put("/api/v1/staff/columns/" + code, """
                {"code":"%s","name":"政策文件","type":"POLICY","organ":"%s","editor":"editor","backupEditor":"editor",
                 "cycleDays":180}""".formatted(code, OFFICE));
        assertEquals(400, changed.status(), "the backup is another person");
    }

    // ---------------------------------------------------------------- helpers

    private Reply write(String kind, String organ, String title, boolean published, String email) {
        Reply written = filer().post("/api/v1/messages", """
                {"kind":"%s","organ":%s,"title":"%s","content":"%s，请予答复。","name":"测试人","phone":"13800138000",
                 "email":%s,"public":%s}""".formatted(kind, organ == null ? "null" : "\"" + organ + "\"", title, title,
                email == null ? "null" : "\"" + email + "\"", published));
        assertEquals(201, written.status(), written::toString);
        return written;
    }

    private long idOf(String queryCode) {
        return infoEditor().get("/api/v1/staff/messages").json().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("queryCode").equals(queryCode)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private JsonObject columnHealth(String code) {
        Reply health = api().as("editor").get("/api/v1/staff/site/health");
        assertEquals(200, health.status(), health::toString);
        return health.object().getJsonArray("columns").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("check").equals(name)).findFirst().orElseThrow();
    }

    /** The database itself refuses to publish an article without an approved review. */
    private static void assertRefusedByTheDatabase(long article) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement publish = connection.prepareStatement(
                     "update column_article set state = 'PUBLISHED', published_on = current_date where id = ?")) {
            publish.setLong(1, article);
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, publish::executeUpdate);
            assertTrue(refused.getMessage().contains("publication refused"), refused::getMessage);
        }
    }

    private static void moveTo(String instant) {
        TestClock.advance(Duration.between(Instant.parse(TestDatabase.FIXED_CLOCK), Instant.parse(instant)));
    }

    private Api filer() {
        return api().header(TestClients.HEADER, TestClients.fresh());
    }

    private Api infoEditor() {
        return api().as("infoeditor");
    }

    private Api writer(String passcode) {
        return filer().header("X-Passcode", passcode);
    }

    private Reply decideAs(String user, long task) {
        return api().as(user).post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"经审查，不涉及国家秘密和个人隐私。\"}");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The writer's data is stored encrypted, and neither the history nor the review holds it. */
    private static void assertPersonalDataEncryptedAndNotInTheHistory(long id, String... personal) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement row = connection.prepareStatement("select writer_name || phone || email from consult_message where id = ?");
             PreparedStatement history = connection.prepareStatement("select coalesce(string_agg(coalesce(detail, ''), ' | '), '') "
                     + "from audit_event where item_type in ('MESSAGE', 'REVIEW_TASK')");
             PreparedStatement review = connection.prepareStatement("select coalesce(string_agg(t.title || coalesce(t.findings, ''), ' | '), '') "
                     + "from review_task t where t.item_type = 'MESSAGE_REPLY' and t.item_id = ?")) {
            row.setLong(1, id);
            history.execute();
            review.setLong(1, id);
            try (ResultSet stored = row.executeQuery(); ResultSet events = history.executeQuery();
                 ResultSet tasks = review.executeQuery()) {
                assertTrue(stored.next() && events.next() && tasks.next());
                for (String value : personal) {
                    assertFalse(stored.getString(1).contains(value), "stored encrypted: " + value);
                    assertFalse(events.getString(1).contains(value), "not in the history: " + value);
                    assertFalse(tasks.getString(1).contains(value), "not in the review: " + value);
                }
            }
        }
    }

    /** The first mail to {@code address} that contains {@code text}. */
    static String awaitMail(String address, String text) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var found = TestMail.to(address).stream().map(TestMail::text).filter(t -> t.contains(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail to " + address + " containing " + text + ": "
                + TestMail.to(address).stream().map(TestMail::text).toList());
    }
}
