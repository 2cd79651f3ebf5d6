package org.gongkai.catalogue;

import jakarta.json.JsonObject;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue through the review gate: nothing unreviewed, returned or rejected is visible on
 * any public path; an approved version is, with its index number; a new version stays invisible
 * while the old one keeps showing; the database itself refuses a public version without an
 * approved review; reviews are decided once, by someone else, on the version submitted.
 */
class CatalogueIT extends PortalDeployment {

    private static int counter;

    @Test
    void draftAndSubmittedEntriesAreInvisibleEverywhere() {
        long id = draft("关于印发示范市全民健身实施计划的通知（草稿可见性）", "体育");
        assertInvisible("全民健身实施计划的通知（草稿可见性）");

        submit(id);

        assertInvisible("全民健身实施计划的通知（草稿可见性）");
        assertEquals("IN_REVIEW", editor().get("/api/v1/staff/catalogue/" + id).object().getString("status"));
    }

    @Test
    void approvedEntryIsPublishedWithItsIndexNumber() {
        long id = draft("关于做好2026年义务教育阶段招生入学工作的通知", "教育");
        long task = submit(id);

        Reply approved = decide("reviewer", task, "APPROVE", "经审查，不涉及国家秘密，同意公开。");

        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.object().getString("status"));
        JsonObject detail = editor().get("/api/v1/staff/catalogue/" + id).object();
        assertEquals("PUBLISHED", detail.getString("status"));
        String indexNo = detail.getString("indexNo");
        assertTrue(indexNo.matches("000014349/2026-\\d{5}"), indexNo);
        Reply entry = api().get("/api/v1/catalogue/" + indexNo);
        assertEquals(200, entry.status(), entry::toString);
        assertEquals("关于做好2026年义务教育阶段招生入学工作的通知", entry.object().getString("title"));
        assertEquals("2026-02-13", entry.object().getString("publishedOn"));
        eventually(() -> api().get("/api/v1/catalogue?q=" + url("义务教育阶段招生")).body().contains(indexNo),
                "the search index catches up right after the commit");
        JsonObject byIndexNo = api().get("/api/v1/catalogue?q=" + url(indexNo)).object();
        assertEquals(1, byIndexNo.getInt("total"), "searching by 索引号 finds the entry: " + byIndexNo);
        assertEquals(indexNo, byIndexNo.getJsonArray("items").getJsonObject(0).getString("indexNo"));
        String docNo = entry.object().getString("docNo");
        assertTrue(api().get("/api/v1/catalogue?q=" + url(docNo)).body().contains(indexNo),
                "searching by 文号 " + docNo + " finds the entry");
        Reply page = api().get("/catalogue/" + indexNo);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("关于做好2026年义务教育阶段招生入学工作的通知"));
        assertTrue(page.body().contains(indexNo));
        assertFalse(page.body().contains("<script>alert(1)</script>"), "the body was cleaned");
        assertTrue(api().get("/feeds/catalogue.atom").body().contains("/catalogue/" + indexNo));
        assertTrue(api().get("/open-data/catalogue.csv").body().contains(indexNo));
        assertTrue(api().get("/open-data/catalogue.json").body().contains(indexNo));
    }

    @Test
    void attachmentsAreCheckedByContentAndDownloadableOnlyFromTheApprovedVersion() {
        long id = draft("关于公布2026年市级预算的公告", "财政");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Reply added = editor().upload("/api/v1/staff/catalogue/" + id + "/attachments?name=" + url("预算表.pdf"), pdf);
        Reply disguised = editor().upload("/api/v1/staff/catalogue/" + id + "/attachments?name=" + url("说明.pdf"),
                "MZ this is no PDF".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, added.status(), added::toString);
        assertEquals("application/pdf", added.object().getString("mediaType"));
        assertEquals(400, disguised.status(), disguised::toString);
        assertEquals("attachment_type", disguised.object().getString("error"));
        decide("reviewer", submit(id), "APPROVE", "同意公开。");
        String indexNo = editor().get("/api/v1/staff/catalogue/" + id).object().getString("indexNo");
        long firstFile = added.object().getJsonNumber("id").longValue();
        JsonObject published = api().get("/api/v1/catalogue/" + indexNo).object();
        String fileUrl = published.getJsonArray("attachments").getJsonObject(0).getString("url");

        Reply download = api().get(fileUrl);
        assertEquals(200, download.status());
        assertTrue(download.body().startsWith("%PDF-"));
        String page = api().get("/catalogue/" + indexNo).body();
        assertTrue(page.contains("预算表.pdf</a>（PDF 文档，" + pdf.length + " B）"), "what the file is, in words: " + page);
        assertTrue(page.contains("<td id=\"keywords\">示范、公开</td>"), "the stored keywords are shown");

        Reply second = editor().upload("/api/v1/staff/catalogue/" + id + "/attachments?name=" + url("补充.pdf"), pdf);
        assertEquals(201, second.status(), second::toString);
        long secondFile = second.object().getJsonNumber("id").longValue();
        assertEquals(404, api().get("/api/v1/catalogue/" + indexNo + "/attachments/" + secondFile).status(),
                "a file of the unreviewed new version is not downloadable");
        assertEquals(1, api().get("/api/v1/catalogue/" + indexNo).object().getJsonArray("attachments").size());
        assertTrue(firstFile != secondFile);
        // the same bytes three times (version 1, its copy in version 2, the second file): stored once
        String sha256 = sha256Hex(pdf);
        assertEquals(3, count("select count(*) from catalogue_attachment a join catalogue_version v on v.id = a.version_id "
                + "where v.entry_id = " + id + " and a.sha256 = '" + sha256 + "'"));
        assertEquals(1, count("select count(*) from catalogue_blob where sha256 = '" + sha256 + "'"));
        assertEquals(pdf.length, count("select octet_length(content) from catalogue_blob where sha256 = '" + sha256 + "'"));
        assertTrue(api().get(fileUrl).body().startsWith("%PDF-"), "the published file still downloads");
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection connection = TestDatabase.connect();
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Test
    void rejectedAndReturnedEntriesStayInvisible() {
        long rejected = draft("关于某项目内部讨论情况的报告（拒绝）", "教育");
        decide("reviewer", submit(rejected), "REJECT", "属于内部过程性信息，不予公开。");
        long returned = draft("关于某项目内部讨论情况的报告（退回）", "教育");
        decide("reviewer", submit(returned), "RETURN", "请删去个人联系方式后重新送审。");

        assertInvisible("内部讨论情况的报告（拒绝）");
        assertInvisible("内部讨论情况的报告（退回）");
        JsonObject detail = editor().get("/api/v1/staff/catalogue/" + returned).object();
        assertEquals("RETURNED", detail.getString("status"));
        assertEquals("请删去个人联系方式后重新送审。",
                detail.getJsonArray("reviews").getJsonObject(0).getJsonArray("decisions").getJsonObject(0).getString("reason"));
    }

    @Test
    void newVersionStaysInvisibleWhileTheApprovedOneKeepsShowing() {
        long id = draft("示范市2026年第一季度财政预算执行情况", "财政");
        decide("reviewer", submit(id), "APPROVE", "同意公开。");
        String indexNo = editor().get("/api/v1/staff/catalogue/" + id).object().getString("indexNo");

        Reply changed = editor().put("/api/v1/staff/catalogue/" + id, form("示范市2026年第一季度财政预算执行情况（修订）", "财政"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(2, changed.object().getInt("version"));
        assertEquals("DRAFT", changed.object().getString("status"));
        assertEquals("示范市2026年第一季度财政预算执行情况", api().get("/api/v1/catalogue/" + indexNo).object().getString("title"));

        long task = submit(id);
        assertEquals("示范市2026年第一季度财政预算执行情况", api().get("/api/v1/catalogue/" + indexNo).object().getString("title"));

        decide("reviewer", task, "APPROVE", "修订内容同意公开。");
        assertEquals("示范市2026年第一季度财政预算执行情况（修订）",
                api().get("/api/v1/catalogue/" + indexNo).object().getString("title"));
        assertEquals(indexNo, editor().get("/api/v1/staff/catalogue/" + id).object().getString("indexNo"),
                "the index number stays with the entry");
    }

    @Test
    void editingAfterSubmissionMakesTheTaskStale() {
        long id = draft("关于调整部分公交线路的通告", "城乡建设");
        long task = submit(id);

        editor().put("/api/v1/staff/catalogue/" + id, form("关于调整部分公交线路的通告（改）", "城乡建设"));
        Reply decision = decide("reviewer", task, "APPROVE", "同意。");

        assertEquals(409, decision.status(), decision::toString);
        assertEquals("review_stale", decision.object().getString("error"));
        assertInvisible("部分公交线路的通告");
    }

    @Test
    void aTaskIsDecidedOnlyOnceEvenByTwoReviewersAtTheSameTime() throws Exception {
        api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"reviewer-two","displayName":"钱审查","organ":"000014349","roles":["REVIEWER"],
                 "password":"Qian-shencha-26"}""");
        long id = draft("关于开展2026年春季植树活动的通知", "城乡建设");
        long task = submit(id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Reply> first = () -> decide("reviewer", task, "APPROVE", "同意公开。");
            Callable<Reply> second = () -> api().as("reviewer-two", "Qian-shencha-26")
                    .post("/api/v1/staff/reviews/" + task + "/decision", "{\"decision\":\"REJECT\",\"reason\":\"不同意。\"}");
            Future<Reply> a = pool.submit(first);
            Future<Reply> b = pool.submit(second);
            int okCount = 0;
            int conflicts = 0;
            for (Reply reply : new Reply[]{a.get(), b.get()}) {
                if (reply.status() == 200) {
                    okCount++;
                } else if (reply.status() == 409) {
                    conflicts++;
                }
            }
            assertEquals(1, okCount, "exactly one decision wins");
            assertEquals(1, conflicts, "the other gets 409");
        } finally {
            pool.shutdownNow();
        }
        Reply again = decide("reviewer", task, "APPROVE", "再次同意。");
        assertEquals(409, again.status());
    }

    @Test
    void theAuthorCannotReviewTheirOwnItem() {
        api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"editor-reviewer","displayName":"孙编审","organ":"000014349","roles":["EDITOR","REVIEWER"],
                 "password":"Sun-bianshen-26"}""");
        Api author = api().as("editor-reviewer", "Sun-bianshen-26");
        long id = author.post("/api/v1/staff/catalogue", form("关于公布第一批市级非物质文化遗产名录的通知", "其他"))
                .object().getJsonNumber("id").longValue();
        long task = author.post("/api/v1/staff/catalogue/" + id + "/submit", "").status() == 200 ? pendingTaskOf(id) : -1;

        Reply own = author.post("/api/v1/staff/reviews/" + task + "/decision", "{\"decision\":\"APPROVE\",\"reason\":\"自审。\"}");

        assertEquals(403, own.status(), own::toString);
        assertEquals("review_own_item", own.object().getString("error"));
        assertEquals(403, api().as("officer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"越权。\"}").status(), "an officer is no reviewer");
        assertEquals(401, api().get("/api/v1/staff/reviews").status());
    }

    @Test
    void anAuthorOfAnEarlierVersionCannotReviewALaterOne() {
        api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"v1-author","displayName":"吴编审","organ":"000014349","roles":["EDITOR","REVIEWER"],
                 "password":"Wu-bianshen-2026"}""");
        Api author = api().as("v1-author", "Wu-bianshen-2026");
        Reply created = author.post("/api/v1/staff/catalogue", form("关于调整城区停车收费标准的通知", "财政"));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(200, author.post("/api/v1/staff/catalogue/" + id + "/submit", "").status());
        assertEquals(200, decide("reviewer", pendingTaskOf(id), "APPROVE", "同意公开。").status(), "version 1 published");

        // a colleague's small edit makes version 2, which the colleague alone wrote
        assertEquals(200, editor().put("/api/v1/staff/catalogue/" + id,
                form("关于调整城区停车收费标准的通知（修订）", "财政")).status());
        long second = submit(id);
        Reply byFirstAuthor = author.post("/api/v1/staff/reviews/" + second + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"同意。\"}");

        assertEquals(403, byFirstAuthor.status(), byFirstAuthor::toString);
        assertEquals("review_earlier_author", byFirstAuthor.object().getString("error"));
        assertEquals(200, decide("reviewer", second, "APPROVE", "同意。").status(), "another reviewer may decide it");
    }

    @Test
    void sensitiveItemsNeedThreeDifferentPeopleEndingWithALeader() {
        api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"ogi-office","displayName":"公开办复审","organ":"000014349","roles":["REVIEWER"],
                 "password":"Gkb-fushen-2026"}""");
        String body = form("关于2026年防汛应急预案的通知", "综合政务").replace("\"sensitive\":false", "\"sensitive\":true");
        long id = editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        long task = submit(id);

        assertEquals(200, decide("reviewer", task, "APPROVE", "初审同意。").status());
        Reply sameAgain = decide("reviewer", task, "APPROVE", "复审同意。");
        assertEquals(403, sameAgain.status(), "the second step needs another person");
        Reply second = api().as("ogi-office", "Gkb-fushen-2026").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"复审同意。\"}");
        assertEquals(200, second.status(), second::toString);
        assertEquals(3, second.object().getInt("step"));
        assertInvisible("2026年防汛应急预案的通知");
        Reply leader = decide("leader", task, "APPROVE", "批准公开。");

        assertEquals(200, leader.status(), leader::toString);
        assertEquals("APPROVED", leader.object().getString("status"));
        eventually(() -> api().get("/api/v1/catalogue?q=" + url("防汛应急预案")).object().getInt("total") >= 1,
                "found by search once approved");
    }

    @Test
    void theTaskShowsWhoMustDecideEachStepAndRefusesTheFormToOthers() {
        String body = form("关于2026年森林防火工作的通知（审查步骤）", "综合政务").replace("\"sensitive\":false", "\"sensitive\":true");
        long id = editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        long task = submit(id);

        JsonObject before = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object();
        assertTrue(before.getBoolean("mayDecide"), before::toString);
        var plan = before.getJsonArray("plan");
        assertEquals(3, plan.size());
        assertEquals("LEADER", plan.getJsonObject(2).getString("role"));
        assertTrue(plan.getJsonObject(0).getJsonArray("whoMayDecide").toString().contains("（reviewer）"), plan::toString);
        assertFalse(plan.toString().contains("（editor）"), "the author decides no step: " + plan);
        assertTrue(plan.getJsonObject(2).getJsonArray("whoMayDecide").toString().contains("（leader）"), plan::toString);
        JsonObject leaderView = api().as("leader").get("/api/v1/staff/reviews/" + task).object();
        assertFalse(leaderView.getBoolean("mayDecide"), "step 1 is a reviewer's");
        assertEquals("review_wrong_role", leaderView.getString("cannotDecide"));

        assertEquals(200, decide("reviewer", task, "APPROVE", "初审同意。").status());
        JsonObject after = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object();

        assertFalse(after.getBoolean("mayDecide"), "told before writing an opinion: " + after);
        assertEquals("review_same_person", after.getString("cannotDecide"));
        assertEquals("reviewer", after.getJsonArray("plan").getJsonObject(0).getString("decidedBy"));
        assertFalse(after.getJsonArray("plan").getJsonObject(1).getJsonArray("whoMayDecide").toString().contains("（reviewer）"),
                "the first step's reviewer may not decide the second");
        assertEquals(403, decide("reviewer", task, "APPROVE", "复审同意。").status());
    }

    @Test
    void theResubmittedTaskShowsTheReviewsOfEarlierVersions() {
        long id = draft("关于调整公交线路的通告（再次送审）", "城乡建设");
        long first = submit(id);
        assertEquals(200, decide("reviewer", first, "RETURN", "请补充调整后的站点名称。").status());
        assertEquals(200, editor().put("/api/v1/staff/catalogue/" + id, form("关于调整公交线路的通告（再次送审）", "城乡建设")
                .replace("的主要内容。", "的主要内容，含调整后的站点。")).status());

        long second = submit(id);
        JsonObject task = api().as("reviewer").get("/api/v1/staff/reviews/" + second).object();

        var earlier = task.getJsonArray("earlierReviews");
        assertEquals(1, earlier.size(), task::toString);
        assertEquals("RETURNED", earlier.getJsonObject(0).getString("status"));
        assertEquals("请补充调整后的站点名称。", earlier.getJsonObject(0).getJsonArray("decisions").getJsonObject(0).getString("reason"));
    }

    @Test
    void everyFindingAlsoInAPdfAttachmentIsResolvedBeforeApproval() throws Exception {
        String body = form("关于表彰优秀社区工作者的通报（逐项处理）", "其他").replace("<script>alert(1)</script>",
                "<p>社区工作者赵六，身份证号110101199003070011。</p>");
        long id = editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        Reply file = editor().upload("/api/v1/staff/catalogue/" + id + "/attachments?name=" + url("名单.pdf"),
                pdfSaying("Contact phone 13912345678"));
        assertEquals(201, file.status(), file::toString);
        long task = submit(id);
        var findings = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object().getJsonArray("findings");
        assertTrue(findings.toString().contains("13912345678"), "the PDF's text is scanned: " + findings);
        assertTrue(findings.toString().contains("110101199003070011"), findings::toString);

        Reply unresolved = decide("reviewer", task, "APPROVE", "同意公开。");
        StringBuilder some = new StringBuilder();
        for (int i = 0; i < findings.size() - 1; i++) {
            some.append(i == 0 ? "" : ",").append("{\"finding\":").append(i).append(",\"reason\":\"公开表彰，本人同意。\"}");
        }
        Reply partly = api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"同意公开。\",\"accepted\":[" + some + "]}");
        String all = some + ",{\"finding\":" + (findings.size() - 1) + ",\"reason\":\"联系电话为单位公开电话。\"}";
        Reply resolved = api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"同意公开。\",\"accepted\":[" + all + "]}");

        assertEquals(400, unresolved.status(), unresolved::toString);
        assertTrue(unresolved.object().getJsonObject("fields").getString("findings").contains("尚未处理"), unresolved::toString);
        assertEquals(400, partly.status(), "one finding still open: " + partly);
        assertTrue(partly.object().getJsonObject("fields").getString("findings").startsWith("第" + findings.size() + "处"),
                partly::toString);
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals("APPROVED", resolved.object().getString("status"));
        assertEquals(findings.size(), resolved.object().getJsonArray("accepted").size());
        assertEquals("reviewer", resolved.object().getJsonArray("accepted").getJsonObject(0).getString("acceptedBy"));
    }

    /** A one-page PDF whose text layer says the words. */
    static byte[] pdfSaying(String words) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(words);
                stream.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void editorsRemoveAttachmentsFromADraft() {
        long id = draft("关于2026年春季植树活动的通知（删除附件）", "其他");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        long keep = editor().upload("/api/v1/staff/catalogue/" + id + "/attachments?name=" + url("安排.pdf"), pdf)
                .object().getJsonNumber("id").longValue();
        long wrong = editor().upload("/api/v1/staff/catalogue/" + id + "/attachments?name=" + url("误传.pdf"), pdf)
                .object().getJsonNumber("id").longValue();

        Reply removed = editor().delete("/api/v1/staff/catalogue/" + id + "/attachments/" + wrong);

        assertEquals(200, removed.status(), removed::toString);
        String files = editor().get("/api/v1/staff/catalogue/" + id).object().getJsonArray("attachments").toString();
        assertTrue(files.contains("安排.pdf"), files);
        assertFalse(files.contains("误传.pdf"), files);
        assertEquals(404, editor().delete("/api/v1/staff/catalogue/" + id + "/attachments/" + wrong).status());
        assertEquals(403, api().as("officer2").delete("/api/v1/staff/catalogue/" + id + "/attachments/" + keep).status(),
                "only editors remove files");
    }

    @Test
    void advancedSearchFindsByIndexNumberDocumentNumberTitleAndDateRange() {
        String word = "高级检索" + System.nanoTime() % 100000;
        long first = draft("关于" + word + "试点工作的通知", "其他");
        String body = form("关于推进政务服务事项清单管理的意见", "其他").replace("的主要内容。", "的主要内容，涉及" + word + "。");
        long second = editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        decide("reviewer", submit(first), "APPROVE", "同意公开。");
        decide("reviewer", submit(second), "APPROVE", "同意公开。");
        JsonObject firstEntry = editor().get("/api/v1/staff/catalogue/" + first).object();
        String docNo = firstEntry.getString("docNo");
        String indexNo = firstEntry.getString("indexNo");

        String byDocNo = api().get("/api/v1/catalogue?docNo=" + url(docNo)).body();
        String docNoTyped = api().get("/api/v1/catalogue?q=" + url(docNo)).body();
        String byIndexPart = api().get("/api/v1/catalogue?indexNo=" + url(indexNo.substring(indexNo.indexOf('/') + 1))
                + "&organ=" + indexNo.substring(0, indexNo.indexOf('/'))).body();
        JsonObject anywhere = api().get("/api/v1/catalogue?sort=date&q=" + url(word)).object();
        JsonObject titleOnly = api().get("/api/v1/catalogue?titleOnly=true&q=" + url(word)).object();
        JsonObject today = api().get("/api/v1/catalogue?from=2026-02-13&to=2026-02-13&q=" + url(word)).object();
        JsonObject tomorrow = api().get("/api/v1/catalogue?from=2026-02-14&q=" + url(word)).object();
        Reply backwards = api().get("/api/v1/catalogue?from=2026-02-14&to=2026-02-13");

        assertTrue(byDocNo.contains(indexNo), "文号 " + docNo + ": " + byDocNo);
        assertTrue(docNoTyped.contains(indexNo), "a 文号 typed in the search box: " + docNoTyped);
        assertTrue(byIndexPart.contains(indexNo), byIndexPart);
        assertEquals(2, anywhere.getInt("total"), anywhere::toString);
        assertEquals(1, titleOnly.getInt("total"), "the word is in the second entry's summary, not its title");
        assertEquals(indexNo, titleOnly.getJsonArray("items").getJsonObject(0).getString("indexNo"));
        assertEquals(2, today.getInt("total"));
        assertEquals(0, tomorrow.getInt("total"));
        assertEquals(400, backwards.status());
        assertEquals(400, api().get("/api/v1/catalogue?sort=popular").status());
        String page = api().get("/catalogue?titleOnly=true&sort=date&q=" + url(word)).body();
        assertTrue(page.contains("共 1 条"), "the page applies the advanced criteria");
        assertTrue(page.contains("id=\"advanced\" open"), "and shows them open");
    }

    @Test
    void eachDemoOrganHasThePeopleForTheSensitiveChain() {
        String body = form("关于2026年中小学校舍安全排查的通知", "教育").replace("\"sensitive\":false", "\"sensitive\":true");
        Reply created = api().as("editor2").post("/api/v1/staff/catalogue", body);
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(200, api().as("editor2").post("/api/v1/staff/catalogue/" + id + "/submit", "").status());
        long task = -1;
        for (var value : api().as("reviewer3").get("/api/v1/staff/reviews").json().asJsonArray()) {
            if (value.asJsonObject().getJsonNumber("itemId").longValue() == id
                    && "CATALOGUE_ENTRY".equals(value.asJsonObject().getString("itemType"))) {
                task = value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        JsonObject plan = api().as("reviewer3").get("/api/v1/staff/reviews/" + task).object();
        for (var step : plan.getJsonArray("plan")) {
            assertFalse(step.asJsonObject().getJsonArray("whoMayDecide").isEmpty(), "someone may decide every step: " + plan);
        }

        assertEquals(200, decide("reviewer3", task, "APPROVE", "初审同意。").status());
        assertEquals(200, decide("reviewer4", task, "APPROVE", "复审同意。").status());
        Reply approved = decide("leader2", task, "APPROVE", "批准公开。");

        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.object().getString("status"));
        assertEquals("PUBLISHED", api().as("editor2").get("/api/v1/staff/catalogue/" + id).object().getString("status"));
        JsonObject office = api().as("reviewer").get("/api/v1/staff/reviews/" + submit(sensitiveDraft())).object();
        assertTrue(office.getJsonArray("plan").getJsonObject(1).getJsonArray("whoMayDecide").toString().contains("（reviewer2）"),
                "the office has a second reviewer for 复审: " + office);
    }

    private long sensitiveDraft() {
        String body = form("关于2026年春运安全保障工作的通知", "综合政务").replace("\"sensitive\":false", "\"sensitive\":true");
        return editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
    }

    @Test
    void entriesAreFiledUnderTheStatutoryColumnsWithBreadcrumbs() {
        String title = "关于印发示范市行政规范性文件管理办法的通知（栏目）";
        String body = form(title, "综合政务").replace("\"sensitive\":false", "\"statutoryColumn\":\"法规文件/规范性文件\",\"sensitive\":false");
        Reply created = editor().post("/api/v1/staff/catalogue", body);
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        decide("reviewer", submit(id), "APPROVE", "同意公开。");
        String indexNo = editor().get("/api/v1/staff/catalogue/" + id).object().getString("indexNo");

        String child = api().get("/api/v1/catalogue?size=100&column=" + url("法规文件/规范性文件")).body();
        String top = api().get("/api/v1/catalogue?size=100&column=" + url("法规文件")).body();
        String other = api().get("/api/v1/catalogue?size=100&column=" + url("财政预决算")).body();
        Reply unknown = api().get("/api/v1/catalogue?column=" + url("新闻动态"));
        Reply badColumn = editor().post("/api/v1/staff/catalogue", form("关于栏目校验的通知", "其他")
                .replace("\"sensitive\":false", "\"statutoryColumn\":\"新闻动态\",\"sensitive\":false"));
        String page = api().get("/catalogue?column=" + url("法规文件/规范性文件")).body();

        assertTrue(child.contains(indexNo), child);
        assertTrue(top.contains(indexNo), "a top-level column holds its children's entries: " + top);
        assertFalse(other.contains(indexNo), other);
        assertTrue(other.contains("部门预算公开说明"), "the demo budget is filed under 财政预决算: " + other);
        assertEquals(400, unknown.status());
        assertEquals(400, badColumn.status(), badColumn::toString);
        assertTrue(badColumn.object().getJsonObject("fields").containsKey("statutoryColumn"), badColumn::toString);
        assertTrue(page.contains("id=\"breadcrumb\""), "the breadcrumb beside the facets");
        assertTrue(page.contains(">规范性文件</a>"), page);
        assertTrue(page.contains("id=\"columns\""), "the column tree beside the subject facets");
    }

    @Test
    void theDatabaseRefusesAPublicVersionWithoutAnApprovedReview() throws SQLException {
        long id = draft("关于绕过审查的测试信息", "其他");
        submit(id);
        try (Connection connection = TestDatabase.connect()) {
            SQLException refused = assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "update catalogue_entry set published_version_id = working_version_id where id = " + id));
            assertTrue(refused.getMessage().contains("publication refused"), refused.getMessage());
            assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "update review_task set status = 'APPROVED' where item_id = " + id));
            assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "insert into review_task (item_type, item_id, version_id, organ_code, title, content_hash, status, "
                            + "sensitive, chain, step, submitted_at, submitted_by, contributors) select 'CATALOGUE_ENTRY', "
                            + id + ", working_version_id, organ_code, 'forged', repeat('0', 64), 'APPROVED', false, "
                            + "'REVIEWER', 1, now(), 'x', 'x' from catalogue_entry where id = " + id));
        }
        assertInvisible("绕过审查的测试信息");
    }

    @Test
    void withdrawnEntryLeavesTheCatalogue() {
        long id = draft("关于停止执行某收费项目的公告", "财政");
        decide("reviewer", submit(id), "APPROVE", "同意公开。");
        String indexNo = editor().get("/api/v1/staff/catalogue/" + id).object().getString("indexNo");

        Reply withdrawn = editor().post("/api/v1/staff/catalogue/" + id + "/withdraw", "{\"reason\":\"文件已废止\"}");

        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.object().getString("status"));
        assertEquals(404, api().get("/api/v1/catalogue/" + indexNo).status());
        assertFalse(api().get("/api/v1/catalogue?q=" + url("停止执行某收费项目")).body().contains(indexNo));
    }

    @Test
    void draftsShowTheirStatutoryPublicationDeadline() {
        long onTime = draft("关于2026年春季学期开学安排的通知", "教育");
        long late = editor().post("/api/v1/staff/catalogue", form("关于2025年度冬季供暖安排的通知", "城乡建设")
                .replace("\"formedOn\":\"2026-02-02\"", "\"formedOn\":\"2026-01-05\""))
                .object().getJsonNumber("id").longValue();

        JsonObject soon = editor().get("/api/v1/staff/catalogue/" + onTime).object().getJsonObject("publicationDeadline");
        JsonObject overdue = editor().get("/api/v1/staff/catalogue/" + late).object().getJsonObject("publicationDeadline");

        // formed Mon 2 Feb 2026: 20 working days across the Spring Festival (make-up Saturdays 14 and 28 Feb count)
        assertEquals("2026-03-06", soon.getString("dueOn"));
        assertEquals(11, soon.getInt("workingDaysLeft"));
        assertFalse(soon.getBoolean("overdue"));
        assertEquals("2026-02-02", overdue.getString("dueOn"));
        assertTrue(overdue.getBoolean("overdue"));
        assertTrue(editor().get("/api/v1/staff/catalogue").body().contains("\"overdue\":true"));
    }

    @Test
    void sharedAddressesWorkOnAVisitorsFirstRequest() {
        Reply search = api().get("/catalogue?q=%E6%95%99%E8%82%B2"); // 教育, no session yet
        assertEquals(200, search.status(), search::toString);
        assertTrue(search.body().contains("value=\"教育\""), "the search box shows the word of the link");
        assertFalse(search.body().contains("æ"), "no UTF-8 bytes read as Latin-1");
        assertFalse(search.body().contains("共 0 条"), "the seeded catalogue has entries on 教育");

        Reply menu = api().get("/guide");
        assertEquals(200, menu.status(), "the menu's 公开指南 link");

        assertTrue(api().get("/catalogue?page=1").body().contains("第 1 页 / 共 "), "?page= counts from 1");
        Reply beyond = api().get("/catalogue?page=500");
        assertEquals(200, beyond.status(), "a page past the last one (and the search window) is the last page");
        assertTrue(java.util.regex.Pattern.compile("第 (\\d+) 页 / 共 \\1 页").matcher(beyond.body()).find(),
                "the last page, never 第 3 页 / 共 1 页");
        assertEquals(200, api().get("/catalogue?page=abc").status());
    }

    @Test
    void theGuideIsPublishedThroughTheSameReview() {
        Reply seeded = api().get("/api/v1/guide?organ=000014349");
        assertEquals(200, seeded.status(), seeded::toString);
        assertEquals(404, api().get("/api/v1/guide?organ=000014350").status(), "no approved guide yet");
        Reply noGuideYet = api().get("/guide/000014350");
        assertEquals(200, noGuideYet.status(), "an organ without a published guide says so");
        assertTrue(noGuideYet.body().contains("id=\"guide-none\""), noGuideYet::toString);
        assertEquals(404, api().get("/guide/999999999").status(), "no such organ");

        Reply draft = editor().put("/api/v1/staff/guide", form("示范市人民政府办公室政府信息公开指南（2026年修订）", "综合政务"));
        assertEquals(200, draft.status(), draft::toString);
        assertEquals("示范市人民政府办公室政府信息公开指南", api().get("/api/v1/guide?organ=000014349").object().getString("title"),
                "the public keeps the approved guide while the new one is a draft");
        Reply submitted = editor().post("/api/v1/staff/guide/submit", "");
        assertEquals(200, submitted.status(), submitted::toString);
        decide("reviewer", pendingTaskOf(submitted.object().getJsonNumber("id").longValue()), "APPROVE", "同意公开。");

        assertEquals("示范市人民政府办公室政府信息公开指南（2026年修订）",
                api().get("/api/v1/guide?organ=000014349").object().getString("title"));
        assertTrue(api().get("/guide/000014349").body().contains("2026年修订"));
    }

    @Test
    void thePreScanReportsMarksTermsAndPersonalDataAndMakesTheItemSensitive() {
        Reply terms = api().as("admin").put("/api/v1/staff/sensitive-terms", "{\"terms\":[\"内部测试敏感词\",\"示例禁用语\"]}");
        assertEquals(200, terms.status(), terms::toString);
        assertEquals(403, api().as("editor").put("/api/v1/staff/sensitive-terms", "{\"terms\":[]}").status());
        String body = form("关于某项目情况的报告（扫描）", "其他").replace("<script>alert(1)</script>",
                "<p>机密★1年</p><p>联系人张三，身份证号110101199003070011，手机13812345678，涉及内部测试敏感词。</p>");
        long id = editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();

        long task = submit(id);
        JsonObject detail = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object();

        String findings = detail.getJsonArray("findings").toString();
        assertTrue(findings.contains("\"CLASSIFICATION_MARK\""), findings);
        assertTrue(findings.contains("\"SENSITIVE_TERM\""), findings);
        assertTrue(findings.contains("\"ID_NUMBER\""), findings);
        assertTrue(findings.contains("\"11*************011\""), "ID keeps the first 2 and last 3: " + findings);
        assertTrue(findings.contains("\"138****5678\""), findings);
        assertTrue(detail.getBoolean("sensitive"), "marks and terms make the item sensitive");
        assertEquals(3, detail.getInt("steps"), "so it needs the three-step chain");
        assertFalse(api().as("auditor").get("/api/v1/staff/audit/verify").body().contains("110101199003070011"));
    }

    @Test
    void editorsApplyTheMaskingSuggestionsAsANewVersion() {
        String body = form("关于表彰优秀网格员的通报（脱敏）", "其他").replace("<script>alert(1)</script>",
                "<p>网格员王五，身份证号110101199003070011，电话13812345678。</p>");
        long id = editor().post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        decide("reviewer", submit(id), "RETURN", "请对个人信息作脱敏处理。");

        Reply masked = editor().post("/api/v1/staff/catalogue/" + id + "/mask", "");

        assertEquals(200, masked.status(), masked::toString);
        String text = editor().get("/api/v1/staff/catalogue/" + id).object().getString("body");
        assertTrue(text.contains("11*************011"), text);
        assertTrue(text.contains("138****5678"), text);
        assertFalse(text.contains("13812345678"), text);
        assertEquals("DRAFT", masked.object().getString("status"), "the masked text goes to review again");
    }

    @Test
    void administratorsMaintainSubjectsAndReviewChains() {
        Reply added = api().as("admin").post("/api/v1/staff/subjects", "{\"parent\":\"科技、教育\",\"name\":\"职业教育\"}");
        assertEquals(201, added.status(), added::toString);
        assertEquals(403, api().as("editor").post("/api/v1/staff/subjects", "{\"name\":\"自设主题\"}").status());
        assertEquals(409, api().as("admin").post("/api/v1/staff/subjects", "{\"parent\":\"科技、教育\",\"name\":\"职业教育\"}").status());
        assertTrue(api().get("/api/v1/subjects").body().contains("职业教育"));
        assertEquals(201, editor().post("/api/v1/staff/catalogue", form("关于举办职业技能大赛的通知", "其他")
                .replace("\"subject\":\"其他\"", "\"subject\":\"科技、教育/职业教育\"")).status());

        Reply chain = api().as("admin").put("/api/v1/staff/review-chains",
                "{\"organ\":\"000014350\",\"itemType\":\"CATALOGUE_ENTRY\",\"sensitive\":false,\"steps\":[\"REVIEWER\",\"LEADER\"]}");
        assertEquals(200, chain.status(), chain::toString);
        assertEquals(400, api().as("admin").put("/api/v1/staff/review-chains",
                "{\"organ\":\"000014350\",\"itemType\":\"CATALOGUE_ENTRY\",\"sensitive\":false,\"steps\":[\"EDITOR\"]}").status());
        assertEquals(403, api().as("reviewer").put("/api/v1/staff/review-chains",
                "{\"organ\":\"000014349\",\"itemType\":\"CATALOGUE_ENTRY\",\"sensitive\":false,\"steps\":[\"LEADER\"]}").status());
    }

    @Test
    void badEntriesAreRefusedWithFieldProblems() {
        Reply reply = editor().post("/api/v1/staff/catalogue", """
                {"title":"","formedOn":"2026-02-10","subject":"不存在的主题","genre":"小说","validity":"永久"}""");

        assertEquals(400, reply.status(), reply::toString);
        JsonObject fields = reply.object().getJsonObject("fields");
        assertTrue(fields.containsKey("title"), reply::toString);
        assertTrue(fields.containsKey("validity"), reply::toString);
        assertEquals(403, api().as("officer").post("/api/v1/staff/catalogue", form("越权起草", "教育")).status());
        assertEquals(404, api().as("editor").get("/api/v1/staff/catalogue/999999").status());
    }

    // --- helpers -----------------------------------------------------------------------------

    /** The search index follows each commit within moments (asynchronously): wait up to 15 s. */
    static void eventually(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Api editor() {
        return api().as("editor");
    }

    private long draft(String title, String subjectLeaf) {
        Reply created = editor().post("/api/v1/staff/catalogue", form(title, subjectLeaf));
        assertEquals(201, created.status(), created::toString);
        assertEquals("DRAFT", created.object().getString("status"));
        return created.object().getJsonNumber("id").longValue();
    }

    private long submit(long id) {
        Reply submitted = editor().post("/api/v1/staff/catalogue/" + id + "/submit", "");
        assertEquals(200, submitted.status(), submitted::toString);
        return pendingTaskOf(id);
    }

    private long pendingTaskOf(long id) {
        for (var value : api().as("reviewer").get("/api/v1/staff/reviews?status=PENDING").json().asJsonArray()) {
            JsonObject task = value.asJsonObject();
            // item ids are per item type: a reply letter's request may have the same id as an entry
            if (task.getJsonNumber("itemId").longValue() == id && "CATALOGUE_ENTRY".equals(task.getString("itemType"))) {
                return task.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no pending task for entry " + id);
    }

    private Reply decide(String reviewer, long task, String decision, String reason) {
        return api().as(reviewer).post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}");
    }

    private void assertInvisible(String titleWords) {
        Reply search = api().get("/api/v1/catalogue?q=" + url(titleWords));
        assertEquals(200, search.status(), search::toString);
        assertEquals(0, search.object().getInt("total"), search::toString);
        Reply list = api().get("/api/v1/catalogue?size=100");
        assertFalse(list.body().contains(titleWords), list::toString);
        String page = api().get("/catalogue?q=" + url(titleWords)).body();
        assertTrue(page.contains("共 0 条"), "the search page lists nothing (its search box shows the words asked)");
        assertFalse(api().get("/feeds/catalogue.atom").body().contains(titleWords), "not in the feed");
        assertFalse(api().get("/open-data/catalogue.csv").body().contains(titleWords), "not in the CSV export");
        assertFalse(api().get("/open-data/catalogue.json").body().contains(titleWords), "not in the JSON export");
    }

    static String form(String title, String subjectLeaf) {
        counter++;
        String subject = switch (subjectLeaf) {
            case "教育" -> "科技、教育/教育";
            case "体育" -> "卫生、体育/体育";
            case "财政" -> "财政、金融、审计/财政";
            case "城乡建设" -> "城乡建设、环境保护/城乡建设";
            case "综合政务" -> "综合政务";
            default -> "其他";
        };
        return """
                {"title":"%s","docNo":"示政办发〔2026〕%d号","writtenOn":"2026-02-01","formedOn":"2026-02-02",
                 "subject":"%s","genre":"通知","validity":"有效","keywords":["示范","公开"],
                 "summary":"%s的主要内容。","body":"<p>%s</p><script>alert(1)</script>",
                 "disclosureMode":"主动公开","sensitive":false}""".formatted(title, counter, subject, title, title);
    }

    static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
