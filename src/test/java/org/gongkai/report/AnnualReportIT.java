package org.gongkai.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestClients;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual report (Art. 49-50 of the OGI Regulations, 国办公开办函〔2021〕30号) on the test server's
 * clock (13 February 2026): every cell of table 三 over requests across the year boundary, its
 * reconciliation and the mismatches a broken record causes, requests that went the real way, the
 * outputs, the confidentiality review before the public column, and who may see what. Each test
 * works on an organ of its own, so the counts are exact.
 */
class AnnualReportIT extends PortalDeployment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Nianbao-check-7";

    private static final List<String> COLUMNS = List.of("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
            "PUBLIC_WELFARE_ORG", "LEGAL_SERVICE_ORG", "OTHER");
    private static final Map<String, String> COLUMN_LABELS = Map.of("NATURAL_PERSON", "自然人",
            "COMMERCIAL_ENTERPRISE", "商业企业", "RESEARCH_INSTITUTION", "科研机构", "PUBLIC_WELFARE_ORG", "社会公益组织",
            "LEGAL_SERVICE_ORG", "法律服务机构", "OTHER", "其他");

    /** Every outcome and reason an officer can give, and the exact label of the row it is counted in. */
    private static final List<String[]> OUTCOMES = List.of(
            new String[]{"GRANTED", null, "（一）予以公开"},
            new String[]{"ALREADY_PUBLIC", null, "（一）予以公开"},
            new String[]{"PARTLY_GRANTED", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            new String[]{"PARTLY_GRANTED", "THIRD_PARTY_RIGHTS", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            new String[]{"REFUSED", "STATE_SECRET", "1.属于国家秘密"},
            new String[]{"REFUSED", "LAW_FORBIDS", "2.其他法律行政法规禁止公开"},
            new String[]{"REFUSED", "ENDANGERS_SECURITY", "3.危及“三安全一稳定”"},
            new String[]{"REFUSED", "THIRD_PARTY_RIGHTS", "4.保护第三方合法权益"},
            new String[]{"REFUSED", "INTERNAL_AFFAIRS", "5.属于三类内部事务信息"},
            new String[]{"REFUSED", "PROCESS_INFORMATION", "6.属于四类过程性信息"},
            new String[]{"REFUSED", "ENFORCEMENT_FILE", "7.属于行政执法案卷"},
            new String[]{"REFUSED", "ADMINISTRATIVE_QUERY", "8.属于行政查询事项"},
            new String[]{"CANNOT_PROVIDE", "INFORMATION_DOES_NOT_EXIST", "1.本机关不掌握相关政府信息"},
            new String[]{"NOT_THIS_ORGAN", null, "1.本机关不掌握相关政府信息"},
            new String[]{"CANNOT_PROVIDE", "NEEDS_CREATION", "2.没有现成信息需要另行制作"},
            new String[]{"CANNOT_PROVIDE", "STILL_UNCLEAR", "3.补正后申请内容仍不明确"},
            new String[]{"NOT_PROCESSED", "PETITION", "1.信访举报投诉类申请"},
            new String[]{"NOT_PROCESSED", "REPEAT_APPLICATION", "2.重复申请"},
            new String[]{"NOT_PROCESSED", "PUBLICATION", "3.要求提供公开出版物"},
            new String[]{"NOT_PROCESSED", "EXCESSIVE_APPLICATIONS", "4.无正当理由大量反复申请"},
            new String[]{"NOT_PROCESSED", "CONFIRM_OR_REISSUE", "5.要求行政机关确认或重新出具已获取信息"},
            new String[]{"OTHER", "SUPPLEMENT_OVERDUE", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            new String[]{"OTHER", "FEE_UNPAID", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            new String[]{"OTHER", "OTHER", "3.其他"});

    private static final String NEW = "一、本年新收政府信息公开申请数量";
    private static final String CARRIED = "二、上年结转政府信息公开申请数量";
    private static final String TOTAL = "（七）总计";
    private static final String NEXT = "四、结转下年度继续办理";

    /** A request seeded straight into the database: receipt, closing (null: still open), outcome, column. */
    private record Seed(String code, LocalDate received, LocalDate closed, String outcome, String reason, String column) {
    }

    // ---------------------------------------------------------------- table 三

    @Test
    void everyCellOfTableThreeCountsTheRequestsAcrossTheYearBoundaryAndReconciles() throws SQLException {
        Organ organ = newOrgan();
        List<Seed> seeds = new ArrayList<>();
        int n = 0;
        // every outcome row in every applicant column: received in 2025 and closed in 2025, or received
        // in 2024 and closed in 2025 (carried over); some of each closed in 2024 or 2026 and some open
        for (String[] outcome : OUTCOMES) {
            for (String column : COLUMNS) {
                n++;
                LocalDate received = n % 3 == 0 ? LocalDate.of(2024, 12, 20) : LocalDate.of(2025, 1 + n % 12, 1 + n % 27);
                LocalDate closed = n % 3 == 0 ? LocalDate.of(2025, 1, 10 + n % 15) : received.plusDays(5 + n % 20);
                if (closed.getYear() > 2025) {
                    closed = LocalDate.of(2025, 12, 31);
                }
                seeds.add(new Seed(code(organ, n), received, closed, outcome[0], outcome[1], column));
            }
        }
        for (String column : COLUMNS) {
            n++;
            seeds.add(new Seed(code(organ, n), LocalDate.of(2024, 11, 5), null, null, null, column));           // carried over, still open
            n++;
            seeds.add(new Seed(code(organ, n), LocalDate.of(2025, 12, 29), null, null, null, column));          // new, still open
            n++;
            seeds.add(new Seed(code(organ, n), LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 8), "GRANTED", null, column)); // closed next year
            n++;
            seeds.add(new Seed(code(organ, n), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), "GRANTED", null, column));   // not in 2025
            n++;
            seeds.add(new Seed(code(organ, n), LocalDate.of(2024, 12, 30), LocalDate.of(2026, 1, 5), "REFUSED", "STATE_SECRET", column)); // through 2025
        }
        seed(organ.code(), seeds);

        JsonObject report = organ.officer().get("/api/v1/staff/reports/annual/2025").object();
        assertEquals(2025, report.getInt("year"));
        assertEquals(organ.code(), report.getString("organ"));
        JsonObject table = table(report, "三");
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        Map<String, Map<String, Long>> expected = expected(seeds, 2025);
        List<String> labels = rowLabels(table);
        assertEquals(25, labels.size(), labels::toString);
        for (String label : expected.keySet()) {
            assertTrue(labels.contains(label), label);
        }
        int checked = 0;
        for (JsonValue value : table.getJsonArray("rows")) {
            JsonObject row = value.asJsonObject();
            String label = key(row);
            Map<String, Long> cells = expected.getOrDefault(label, Map.of());
            for (String column : COLUMNS) {
                assertEquals(cells.getOrDefault(column, 0L), row.getJsonObject("cells").getJsonNumber(COLUMN_LABELS.get(column)).longValue(),
                        label + " / " + column);
                checked++;
            }
            assertEquals(cells.values().stream().mapToLong(Long::longValue).sum(),
                    row.getJsonObject("cells").getJsonNumber("总计").longValue(), label + " / 总计");
            checked++;
        }
        assertEquals(25 * 7, checked);
        assertTrue(cell(table, "（一）予以公开", "自然人") >= 2, "given and already public both count as 予以公开");
        assertTrue(report.getBoolean("reconciled"), report.getJsonArray("mismatches")::toString);
        for (String column : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")) {
            assertEquals(cell(table, NEW, column) + cell(table, CARRIED, column), cell(table, TOTAL, column) + cell(table, NEXT, column), column);
            long sum = 0;
            for (JsonValue value : table.getJsonArray("rows")) {
                JsonObject row = value.asJsonObject();
                if (!row.isNull("group") && !row.getString("label").equals(TOTAL)) {
                    sum += row.getJsonObject("cells").getJsonNumber(column).longValue();
                }
            }
            assertEquals(cell(table, TOTAL, column), sum, "（七） = （一）+…+（六） in " + column);
        }

        // a year later the same requests: those open or closed in 2026 carried over
        JsonObject next = table(organ.officer().get("/api/v1/staff/reports/annual/2026").object(), "三");
        assertEquals(expected(seeds, 2026).get(CARRIED).values().stream().mapToLong(Long::longValue).sum(), cell(next, CARRIED, "总计"));
        assertEquals(cell(table, NEXT, "总计"), cell(next, CARRIED, "总计"), "carried into 2026 = carried over from 2025");

        // CSV of table 三 has the same cells
        Reply csv = organ.officer().get("/api/v1/staff/reports/annual/2025.csv?table=3");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().contains("\"1.属于国家秘密\"," + cell(table, "1.属于国家秘密", "自然人") + ","), csv.body());
        assertTrue(csv.body().contains("\"" + NEXT + "\""));
    }

    @Test
    void aBrokenRecordShowsAsAMismatchWithTheRequestBehindItAndBlocksTheSubmission() throws SQLException {
        Organ organ = newOrgan();
        List<Seed> seeds = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String[] outcome = OUTCOMES.get(i);
            seeds.add(new Seed(code(organ, i), LocalDate.of(2025, i, 3), LocalDate.of(2025, i, 20), outcome[0], outcome[1],
                    COLUMNS.get(i % 6)));
        }
        seed(organ.code(), seeds);
        JsonObject clean = organ.officer().get("/api/v1/staff/reports/annual/2025").object();
        assertTrue(clean.getBoolean("reconciled"), clean::toString);

        String refused = seeds.get(3).code();      // REFUSED / STATE_SECRET ... (index 4 of OUTCOMES)
        String granted = seeds.get(0).code();
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement()) {
            // a refusal with a reason that belongs to another outcome fits no row of the table
            sql.executeUpdate("update disclosure_request set outcome_reason = 'PETITION' where tracking_code = '" + refused + "'");
            // a closed request without its closing date leaves the year nowhere
            sql.executeUpdate("update disclosure_request set closed_on = null where tracking_code = '" + granted + "'");
        }
        JsonObject broken = organ.officer().get("/api/v1/staff/reports/annual/2025").object();
        assertFalse(broken.getBoolean("reconciled"));
        JsonArray mismatches = broken.getJsonArray("mismatches");
        JsonObject balance = find(mismatches, "一 + 二 = 三（七） + 四", "总计");
        assertEquals(12, balance.getInt("left"));
        assertEquals(11, balance.getInt("right"));
        assertEquals(List.of(granted), strings(balance.getJsonArray("requests")));
        JsonObject rows = find(mismatches, "（七） = （一） + … + （六）", "总计");
        assertEquals(List.of(refused), strings(rows.getJsonArray("requests")));
        assertEquals(rows.getInt("left") - 1, rows.getInt("right"));
        String column = COLUMN_LABELS.get(seeds.get(3).column());
        assertEquals(List.of(refused), strings(find(mismatches, "（七） = （一） + … + （六）", column).getJsonArray("requests")),
                "shown in the applicant's column too");

        Reply refusedSubmission = organ.officer().post("/api/v1/staff/reports/annual/2025/submit", "");
        assertEquals(409, refusedSubmission.status(), refusedSubmission::toString);
        assertTrue(refusedSubmission.body().contains("勾稽"), refusedSubmission::toString);

        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update disclosure_request set outcome_reason = 'STATE_SECRET' where tracking_code = '" + refused + "'");
            sql.executeUpdate("update disclosure_request set closed_on = '2025-01-20' where tracking_code = '" + granted + "'");
        }
        assertTrue(organ.officer().get("/api/v1/staff/reports/annual/2025").object().getBoolean("reconciled"));
    }

    // ---------------------------------------------------------------- the real way

    @Test
    void requestsFiledRepliedAndReleasedAreCountedOnBothSidesOfTheYearBoundary() {
        Organ organ = newOrgan();
        // registered by post on 30 December 2025 by a research institute, answered now (2026)
        Reply registered = organ.officer().post("/api/v1/staff/requests", """
                {"organ":"%s","applicant":{"type":"LEGAL_PERSON","category":"RESEARCH_INSTITUTION","name":"示范城市发展研究院",
                 "creditCode":"91430100MA4L16J1XK","contactName":"王研究","email":"research@example.cn"},
                 "description":"请公开本机关2025年政府采购合同目录","docNo":null,"delivery":{"form":"ELECTRONIC","method":"EMAIL"},
                 "channel":"MAIL","receivedOn":"2025-12-30"}""".formatted(organ.code()));
        assertEquals(201, registered.status(), registered::toString);
        String carried = registered.object().getString("trackingCode");
        // filed online today by a person, answered today
        String answered = fileOnline(organ);
        // filed online today, still open
        fileOnline(organ);

        JsonObject before2025 = table(organ.officer().get("/api/v1/staff/reports/annual/2025").object(), "三");
        assertEquals(1, cell(before2025, NEW, "科研机构"));
        assertEquals(1, cell(before2025, NEXT, "科研机构"), "open at the end of 2025");

        release(organ, answered, "{\"outcome\":\"GRANTED\",\"text\":\"现将您申请的信息随本告知书提供给您。\"}");
        release(organ, carried, "{\"outcome\":\"REFUSED\",\"reason\":\"STATE_SECRET\",\"text\":\"经审查，该信息属于国家秘密。\"}");

        JsonObject year2026 = organ.officer().get("/api/v1/staff/reports/annual/2026").object();
        assertTrue(year2026.getBoolean("reconciled"), year2026::toString);
        JsonObject table = table(year2026, "三");
        assertEquals(2, cell(table, NEW, "自然人"));
        assertEquals(2, cell(table, NEW, "总计"));
        assertEquals(1, cell(table, CARRIED, "科研机构"));
        assertEquals(1, cell(table, "（一）予以公开", "自然人"));
        assertEquals(1, cell(table, "1.属于国家秘密", "科研机构"));
        assertEquals(2, cell(table, TOTAL, "总计"));
        assertEquals(1, cell(table, NEXT, "自然人"), "still open now: carried into next year");

        JsonObject after2025 = table(organ.officer().get("/api/v1/staff/reports/annual/2025").object(), "三");
        assertEquals(1, cell(after2025, NEXT, "科研机构"), "closed in 2026: still carried out of 2025");
        assertEquals(0, cell(after2025, TOTAL, "总计"));

        // section 四: a reconsideration against the refusal, still pending
        Reply recorded = organ.officer().post("/api/v1/staff/reports/annual/cases", """
                {"request":"%s","kind":"RECONSIDERATION","filedOn":"2026-02-12","result":"PENDING"}""".formatted(carried));
        assertEquals(201, recorded.status(), recorded::toString);
        assertEquals(400, organ.officer().post("/api/v1/staff/reports/annual/cases", """
                {"request":"%s","kind":"SUIT_DIRECT","filedOn":"2026-02-12","result":"MAINTAINED"}""".formatted(carried)).status(),
                "a decided case needs its decision date");
        JsonObject remedies = table(organ.officer().get("/api/v1/staff/reports/annual/2026").object(), "四");
        assertEquals(1, remedies.getJsonArray("rows").getJsonObject(0).getJsonObject("cells").getInt("尚未审结"));
        assertEquals(1, remedies.getJsonArray("rows").getJsonObject(0).getJsonObject("cells").getInt("总计"));
    }

    // ---------------------------------------------------------------- outputs, review, public column

    @Test
    void theFinalReportGoesThroughTheReviewBeforeThePublicColumnShowsIt() throws Exception {
        Organ organ = newOrgan();
        List<Seed> seeds = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            seeds.add(new Seed(code(organ, i), LocalDate.of(2025, i, 3), i == 6 ? null : LocalDate.of(2025, i, 25), i == 6 ? null : "GRANTED",
                    null, COLUMNS.get(i - 1)));
        }
        seed(organ.code(), seeds);
        Reply saved = organ.officer().put("/api/v1/staff/reports/annual/2025/texts", """
                {"overview":"2025年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。","problems":"主动公开的及时性有待提高。",
                 "otherMatters":"无。","licensing":12,"penalties":3,"enforcement":1,"feesWan":1.25}""");
        assertEquals(204, saved.status(), saved::toString);
        JsonObject drafts = organ.officer().get("/api/v1/staff/reports/annual/2025/drafts").object();
        assertTrue(drafts.getString("一").contains("新收政府信息公开申请6件"), drafts::toString);

        JsonObject report = organ.officer().get("/api/v1/staff/reports/annual/2025").object();
        JsonObject proactive = table(report, "二");
        assertEquals(12, row(proactive, "行政许可").getJsonObject("cells").getInt("本年处理决定数量"));
        assertEquals("1.25", row(proactive, "行政事业性收费").getJsonObject("cells").getJsonNumber("本年收费金额（单位：万元）")
                .bigDecimalValue().stripTrailingZeros().toPlainString());
        assertTrue(report.getJsonArray("sections").getJsonObject(0).getString("text").contains("认真贯彻落实"));

        HttpResponse<byte[]> pdf = bytes(organ.officerName(), "/api/v1/staff/reports/annual/2025.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("政府信息公开工作年度报告"), text);
            assertTrue(text.contains("本年新收政府信息公开申请数量"), text);
        }
        Reply html = organ.officer().get("/api/v1/staff/reports/annual/2025.html");
        assertEquals(200, html.status());
        assertTrue(html.body().contains("申请人情况") && html.body().contains("法人或其他组织"), html.body());

        assertEquals(409, organ.officer().post("/api/v1/staff/reports/annual/2026/submit", "").status(), "the year still runs");
        Reply submitted = organ.officer().post("/api/v1/staff/reports/annual/2025/submit", "");
        assertEquals(202, submitted.status(), submitted::toString);
        long task = submitted.object().getJsonNumber("reviewTaskId").longValue();
        assertFalse(api().get("/api/v1/reports").body().contains(organ.code()), "not before the review approves it");
        assertEquals(404, api().get("/api/v1/reports/" + organ.code() + "/2025").status());
        try (Connection connection = TestDatabase.connect(); Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update annual_report set published_version_id = " + submitted.object().getJsonNumber("versionId")
                            + " where organ_code = '" + organ.code() + "'"));
            assertTrue(refused.getMessage().contains("publication refused"), refused.getMessage());
        }
        JsonObject reviewTask = organ.reviewer().get("/api/v1/staff/reviews/" + task).object();
        assertEquals("ANNUAL_REPORT", reviewTask.getString("itemType"));
        Reply approved = organ.reviewer().post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"经审查，不涉及国家秘密和个人隐私，同意公开。\"}");
        assertEquals(200, approved.status(), approved::toString);

        JsonArray published = api().get("/api/v1/reports").value("").asJsonArray();
        JsonObject mine = published.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("organ").equals(organ.code()))
                .findFirst().orElseThrow(() -> new AssertionError(published.toString()));
        assertEquals(2025, mine.getInt("year"));
        JsonObject publicReport = api().get("/api/v1/reports/" + organ.code() + "/2025").object();
        assertEquals(5, cell(table(publicReport, "三"), "（一）予以公开", "总计"));
        assertEquals(1, cell(table(publicReport, "三"), NEXT, "总计"));
        Reply page = api().get("/reports?organ=" + organ.code() + "&year=2025");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("结转下年度继续办理"), page.body());
    }

    @Test
    void officersSeeTheirOwnOrganAndAdministratorsTheWholeGovernment() throws SQLException {
        Organ organ = newOrgan();
        seed(organ.code(), List.of(new Seed(code(organ, 1), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), "GRANTED", null,
                "NATURAL_PERSON")));
        assertEquals(404, api().as("officer").get("/api/v1/staff/reports/annual/2025?organ=" + organ.code()).status());
        assertEquals(404, api().as("officer").get("/api/v1/staff/reports/annual/2025?organ=ALL").status());
        assertEquals(403, api().as("editor").get("/api/v1/staff/reports/annual/2025").status());
        assertEquals(401, api().get("/api/v1/staff/reports/annual/2025").status());
        JsonObject theirs = api().as("admin").get("/api/v1/staff/reports/annual/2025?organ=" + organ.code()).object();
        assertEquals(1, cell(table(theirs, "三"), NEW, "总计"));
        JsonObject all = api().as("admin").get("/api/v1/staff/reports/annual/2025?organ=ALL").object();
        assertTrue(all.isNull("organ"));
        assertEquals("全市各机关", all.getString("organName"));
        JsonObject officersOwn = api().as("officer").get("/api/v1/staff/reports/annual/2025").object();
        assertTrue(cell(table(all, "三"), NEW, "总计") >= cell(table(theirs, "三"), NEW, "总计")
                + cell(table(officersOwn, "三"), NEW, "总计"), "all organs summed");

        JsonObject statistics = organ.officer().get("/api/v1/staff/statistics/2025").object();
        assertEquals(1, statistics.getJsonObject("series").getJsonObject("received").getJsonArray("MAIL").getInt(2));
        assertEquals(1, statistics.getJsonObject("series").getJsonObject("outcomes").getJsonArray("GRANTED").getInt(2));
        assertEquals(1, statistics.getJsonObject("series").getJsonObject("timing").getJsonArray("ON_TIME").getInt(2));
        Reply csv = organ.officer().get("/api/v1/staff/statistics/2025.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("每月收到申请"), csv.body());
        JsonObject figures = api().get("/api/v1/statistics?year=2025").object();
        assertTrue(figures.getInt("received") >= 1 && figures.getInt("answered") >= 1, figures::toString);
        assertFalse(figures.toString().contains("applicant"));
    }

    // ---------------------------------------------------------------- helpers

    private record Organ(String code, String officerName, String reviewerName, Api officer, Api reviewer) {
    }

    private Organ newOrgan() {
        int n = SEQUENCE.incrementAndGet();
        String code = "00009" + String.format("%04d", n) + Long.toString(System.nanoTime() % 1000);
        Reply organ = api().as("admin").post("/api/v1/staff/organs", "{\"code\":\"" + code + "\",\"name\":\"年报测试局" + n + "\"}");
        assertEquals(201, organ.status(), organ::toString);
        String officer = "rpt-off-" + code;
        String reviewer = "rpt-rev-" + code;
        for (String[] user : List.of(new String[]{officer, "OFFICER"}, new String[]{reviewer, "REVIEWER"})) {
            Reply created = api().as("secadmin").post("/api/v1/staff/users", """
                    {"username":"%s","displayName":"年报测试","organ":"%s","roles":["%s"],"password":"%s","enabled":true}"""
                    .formatted(user[0], code, user[1], PASSWORD));
            assertEquals(201, created.status(), created::toString);
        }
        return new Organ(code, officer, reviewer, api().as(officer, PASSWORD), api().as(reviewer, PASSWORD));
    }

    private static String code(Organ organ, int n) {
        return "T" + organ.code().substring(organ.code().length() - 6) + "-" + n;
    }

    private String fileOnline(Organ organ) {
        Reply filed = api().header(TestClients.HEADER, TestClients.fresh()).post("/api/v1/requests", """
                {"organ":"%s","applicant":{"type":"NATURAL_PERSON","name":"张三","idType":"ID_CARD",
                 "idNumber":"110101199003070011","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},
                 "description":"请公开2025年本机关行政事业性收费项目清单","docNo":null,
                 "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""".formatted(organ.code()));
        assertEquals(201, filed.status(), filed::toString);
        return filed.object().getString("trackingCode");
    }

    private void release(Organ organ, String code, String reply) {
        Reply draft = organ.officer().post("/api/v1/staff/requests/" + code + "/reply", reply);
        assertEquals(201, draft.status(), draft::toString);
        Reply approved = organ.reviewer().post("/api/v1/staff/reviews/" + draft.object().getJsonNumber("reviewTaskId") + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"经审查，不涉及国家秘密和个人隐私。\"}");
        assertEquals(200, approved.status(), approved::toString);
    }

    /** Inserts the requests as the database stores them (personal fields are placeholders: never read by the report). */
    private static void seed(String organ, List<Seed> seeds) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into disclosure_request (tracking_code, organ_code, channel, passcode_salt, passcode_hash, applicant_type,"
                        + " applicant_category, applicant_name, id_type, id_number, credit_code, applicant_key, description,"
                        + " delivery_form, delivery_method, submitted_at, received_on, first_received_on, status, due_on,"
                        + " outcome, outcome_reason, closed_on) values (?, ?, 'MAIL', repeat('0', 32), repeat('0', 64), ?, ?,"
                        + " 'seeded', ?, ?, ?, repeat('1', 64), '年报测试申请', 'ELECTRONIC', 'POST', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Seed seed : seeds) {
                boolean person = seed.column().equals("NATURAL_PERSON");
                insert.setString(1, seed.code());
                insert.setString(2, organ);
                insert.setString(3, person ? "NATURAL_PERSON" : "LEGAL_PERSON");
                insert.setString(4, person ? null : seed.column());
                insert.setString(5, person ? "ID_CARD" : null);
                insert.setString(6, person ? "seeded" : null);
                insert.setString(7, person ? null : "seeded");
                insert.setObject(8, seed.received().atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)));
                insert.setObject(9, seed.received());
                insert.setObject(10, seed.received());
                insert.setString(11, seed.closed() == null ? "PROCESSING" : "CLOSED");
                insert.setObject(12, seed.received().plusDays(28));
                insert.setString(13, seed.outcome());
                insert.setString(14, seed.reason());
                insert.setObject(15, seed.closed());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** What table 三 must hold for the seeds, counted here by the rules of the 2021 format. */
    private static Map<String, Map<String, Long>> expected(List<Seed> seeds, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        for (Seed seed : seeds) {
            boolean open = seed.closed() == null;
            List<String> rows = new ArrayList<>();
            if (!seed.received().isBefore(start) && !seed.received().isAfter(end)) {
                rows.add(NEW);
            } else if (seed.received().isBefore(start) && (open || !seed.closed().isBefore(start))) {
                rows.add(CARRIED);
            }
            if (!open && !seed.closed().isBefore(start) && !seed.closed().isAfter(end)) {
                rows.add(TOTAL);
                rows.add(OUTCOMES.stream().filter(o -> o[0].equals(seed.outcome()) && java.util.Objects.equals(o[1], seed.reason()))
                        .findFirst().orElseThrow()[2]);
            } else if (!seed.received().isAfter(end) && (open || seed.closed().isAfter(end))) {
                rows.add(NEXT);
            }
            for (String row : rows) {
                cells.computeIfAbsent(row, r -> new HashMap<>()).merge(seed.column(), 1L, Long::sum);
            }
        }
        return cells;
    }

    private static JsonObject table(JsonObject report, String section) {
        return report.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("number").equals(section)).findFirst().orElseThrow().getJsonObject("table");
    }

    private static List<String> rowLabels(JsonObject table) {
        return table.getJsonArray("rows").stream().map(v -> key(v.asJsonObject())).toList();
    }

    /** The label a row is known by here: sub-rows of （三）–（六） by their own label, which is unique within the table. */
    private static String key(JsonObject row) {
        return row.getString("label");
    }

    private static JsonObject row(JsonObject table, String label) {
        return table.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("label").equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    private static long cell(JsonObject table, String label, String column) {
        return row(table, label).getJsonObject("cells").getJsonNumber(column).longValue();
    }

    private static JsonObject find(JsonArray mismatches, String rule, String column) {
        return mismatches.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("rule").equals(rule) && m.getString("column").equals(column))
                .findFirst().orElseThrow(() -> new AssertionError(rule + " " + column + ": " + mismatches));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
    }

    private HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
