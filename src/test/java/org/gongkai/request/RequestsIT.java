package org.gongkai.request;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.platform.entity.FieldCipher;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.Browser;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestClients;
import org.gongkai.testing.TestClock;
import org.gongkai.testing.TestDatabase;
import org.gongkai.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests from filing to the released reply letter, on the test server's clock (Friday
 * 13 February 2026, the eve of the Spring Festival): every path of the reply clock with the dates
 * the law gives, the fees, every outcome, and who may see what. Deadlines are tested with requests
 * that an officer registers with an explicit receipt date.
 */
class RequestsIT extends PortalDeployment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    // ---------------------------------------------------------------- the plain path

    @Test
    void aRequestFiledOnlineIsAnsweredOnlyThroughTheReview() throws Exception {
        String email = "plain" + SEQUENCE.incrementAndGet() + "@example.cn";
        String id = idNumber();
        Reply filed = filer().post("/api/v1/requests", body("张三", id, email, "请公开2025年本机关行政事业性收费项目清单", null));

        assertEquals(201, filed.status(), filed::toString);
        JsonObject receipt = filed.object();
        String code = receipt.getString("trackingCode");
        String passcode = receipt.getString("passcode");
        assertTrue(code.matches("2026-[2-9A-HJ-NP-Z]{8}"), code);
        assertEquals("2026-02-13", receipt.getString("receivedOn"), "a working Friday: received the same day");
        assertEquals("2026-03-19", receipt.getString("dueOn"), "the worked example: received Fri 13 Feb 2026, due Thu 19 Mar 2026 (Art. 33)");
        assertEquals("PROCESSING", receipt.getString("status"));
        assertTrue(filed.header("Location").endsWith("/api/v1/requests/" + code));

        Reply view = applicant(passcode).get("/api/v1/requests/" + code);
        assertEquals(200, view.status(), view::toString);
        JsonObject mine = view.object();
        assertEquals("2026-03-19", mine.getString("dueOn"));
        assertEquals("138****8000", mine.getJsonObject("applicant").getString("phone"));
        assertEquals("张*", mine.getJsonObject("applicant").getString("name"));
        assertEquals(id.substring(0, 2) + "*************" + id.substring(15),
                mine.getJsonObject("applicant").getString("idNumber"));
        assertFalse(view.body().contains(id), "the identity number is masked in the applicant's own view");
        assertFalse(view.body().contains(email));
        assertEquals("REQUEST_FILED", mine.getJsonArray("events").getJsonObject(0).getString("type"));
        assertTrue(mine.isNull("replyLetter"));
        assertEquals(404, applicant("AAAA-BBBB-CCCC").get("/api/v1/requests/" + code).status(), "wrong passcode: unknown");
        assertEquals(404, api().get("/api/v1/requests/" + code).status(), "no passcode: unknown");

        Reply draft = officer().post("/api/v1/staff/requests/" + code + "/reply", """
                {"outcome":"GRANTED","text":"现将《示范市人民政府办公室2025年行政事业性收费项目清单》随本告知书提供给您。"}""");
        assertEquals(201, draft.status(), draft::toString);
        assertEquals("IN_REVIEW", draft.object().getString("state"));
        long task = draft.object().getJsonNumber("reviewTaskId").longValue();
        JsonObject inReview = applicant(passcode).get("/api/v1/requests/" + code).object();
        assertEquals("REPLY_IN_REVIEW", inReview.getString("status"));
        assertTrue(inReview.isNull("replyLetter"), "not before the review approves it");
        assertEquals(404, applicant(passcode).get("/api/v1/requests/" + code + "/letter.pdf").status());
        JsonObject reviewTask = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object();
        assertEquals("REPLY_LETTER", reviewTask.getString("itemType"));
        assertFalse(reviewTask.toString().contains("张三"), "the reviewed letter carries no personal data");
        assertFalse(reviewTask.toString().contains(id));

        Reply approved = decide(task, "APPROVE");
        assertEquals(200, approved.status(), approved::toString);

        JsonObject answered = applicant(passcode).get("/api/v1/requests/" + code).object();
        assertEquals("CLOSED", answered.getString("status"));
        assertEquals("GRANTED", answered.getString("outcome"));
        assertEquals("2026-02-13", answered.getString("closedOn"));
        JsonObject letter = answered.getJsonObject("replyLetter");
        assertTrue(letter.getString("text").contains("第三十六条第（二）项"), letter::toString);
        assertTrue(letter.getString("text").contains("行政复议"));
        assertTrue(types(answered).contains("REPLY_RELEASED"));
        Reply html = applicant(passcode).get("/api/v1/requests/" + code + "/letter.html");
        assertEquals(200, html.status());
        assertTrue(html.body().contains("政府信息公开申请答复告知书"));
        HttpResponse<byte[]> pdf = bytes(letter.getString("pdf"), passcode);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("政府信息公开申请答复告知书"), text);
            assertTrue(text.contains(code), text);
        }

        List<String> mails = awaitMails(email, 2);
        assertTrue(mails.get(0).contains("已收到"), mails.get(0));
        assertTrue(mails.stream().anyMatch(m -> m.contains("已答复")), mails::toString);
        assertTrue(mails.stream().noneMatch(m -> m.contains(passcode)), "the passcode is never mailed");
        assertNoPersonalDataRecorded(code, "张三", id, "13800138000", email);
    }

    @Test
    void theDatabaseReleasesNoLetterWithoutAnApprovedReviewOfThatLetter() throws Exception {
        String held = fileAndDraftReply("请公开本机关2025年度部门预算").code();
        Drafted other = fileAndDraftReply("请公开本机关2025年度部门决算");
        String answered = other.code();
        assertEquals(200, decide(other.reviewTask(), "APPROVE").status());

        try (Connection connection = TestDatabase.connect()) {
            // the letter still in review cannot be released by writing to the table
            SQLException unreviewed = assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "update disclosure_request r set released_reply_id = (select max(l.id) from request_reply l"
                            + " where l.request_id = r.id) where r.tracking_code = '" + held + "'"));
            assertTrue(unreviewed.getMessage().contains("release refused"), unreviewed.getMessage());
            // nor can another request's approved letter be passed off as this request's answer
            SQLException borrowed = assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "update disclosure_request set released_reply_id = (select released_reply_id from disclosure_request"
                            + " where tracking_code = '" + answered + "') where tracking_code = '" + held + "'"));
            assertTrue(borrowed.getMessage().contains("release refused"), borrowed.getMessage());
        }
        JsonObject stillHeld = officer().get("/api/v1/staff/requests/" + held).object();
        assertEquals("REPLY_IN_REVIEW", stillHeld.getString("status"));
    }

    private record Drafted(String code, long reviewTask) {
    }

    /** A request filed online with a reply letter drafted and submitted for review. */
    private Drafted fileAndDraftReply(String description) {
        Reply filed = filer().post("/api/v1/requests", body("李四", idNumber(),
                "gate" + SEQUENCE.incrementAndGet() + "@example.cn", description, null));
        assertEquals(201, filed.status(), filed::toString);
        String code = filed.object().getString("trackingCode");
        Reply draft = officer().post("/api/v1/staff/requests/" + code + "/reply", """
                {"outcome":"GRANTED","text":"现将您申请的信息随本告知书提供给您。"}""");
        assertEquals(201, draft.status(), draft::toString);
        return new Drafted(code, draft.object().getJsonNumber("reviewTaskId").longValue());
    }

    @Test
    void anOfficerRegistersAPaperRequestWithTheDateItWasReceived() {
        Reply registered = officer().post("/api/v1/staff/requests", registration("2026-02-10", "MAIL"));

        assertEquals(201, registered.status(), registered::toString);
        assertEquals("2026-02-10", registered.object().getString("receivedOn"));
        assertEquals("2026-03-16", registered.object().getString("dueOn"));
        assertNotNull(registered.object().getString("passcode"), "for the acknowledgement letter");
        JsonObject full = officer().get("/api/v1/staff/requests/" + registered.object().getString("trackingCode")).object();
        assertEquals("MAIL", full.getString("channel"));
        assertEquals("officer", full.getString("registeredBy"));
        assertEquals("13800138000", full.getJsonObject("applicant").getString("phone"), "officers see the data in full");

        Reply future = officer().post("/api/v1/staff/requests", registration("2026-02-16", "FAX"));
        assertEquals(400, future.status());
        assertTrue(future.object().getJsonObject("fields").containsKey("receivedOn"));
        Reply noChannel = officer().post("/api/v1/staff/requests", registration("2026-02-10", null));
        assertEquals(400, noChannel.status());
        assertTrue(noChannel.object().getJsonObject("fields").containsKey("channel"));
        assertEquals(403, api().as("editor").post("/api/v1/staff/requests", registration("2026-02-10", "MAIL")).status());
    }

    @Test
    void badApplicationsAreRefusedWithAMessagePerField() {
        Reply invalid = filer().post("/api/v1/requests", """
                {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"","idType":"ID_CARD",
                 "idNumber":"110101199003070019","phone":"12345"},"description":"短",
                 "delivery":{"form":"PAPER","method":"EMAIL"}}""");

        assertEquals(400, invalid.status(), invalid::toString);
        JsonObject fields = invalid.object().getJsonObject("fields");
        assertTrue(fields.containsKey("applicant.name"), fields::toString);
        assertTrue(fields.containsKey("applicant.phone"), fields::toString);
        assertTrue(fields.containsKey("description"), fields::toString);
        assertTrue(fields.getString("description").contains("字"), "a Chinese message");

        Reply checkDigit = filer().post("/api/v1/requests", body("李四", "110101199003070019", null, "请公开本机关2025年部门预算", null));
        assertEquals(400, checkDigit.status(), checkDigit::toString);
        assertTrue(checkDigit.object().getJsonObject("fields").getString("applicant.idNumber").contains("校验位"));

        Reply legal = filer().post("/api/v1/requests", """
                {"organ":"000014349","applicant":{"type":"LEGAL_PERSON","category":"LEGAL_SERVICE_ORG","name":"示范律师事务所",
                 "creditCode":"91430100MA4L16J1XA","email":"law@example.cn"},"description":"请公开本机关2025年政府采购合同目录",
                 "delivery":{"form":"ELECTRONIC","method":"EMAIL"}}""");
        assertEquals(400, legal.status(), legal::toString);
        assertTrue(legal.object().getJsonObject("fields").containsKey("applicant.creditCode"));
        assertTrue(legal.object().getJsonObject("fields").containsKey("applicant.contactName"));

        Reply unknownOrgan = filer().post("/api/v1/requests", body("李四", idNumber(), null, "请公开本机关2025年部门预算", null)
                .replace("000014349", "999999999"));
        assertEquals(400, unknownOrgan.status());
        assertTrue(unknownOrgan.object().getJsonObject("fields").containsKey("organ"));
    }

    @Test
    void legalPersonsFileWithTheirCreditCode() {
        Reply filed = filer().post("/api/v1/requests", """
                {"organ":"000014349","applicant":{"type":"LEGAL_PERSON","category":"RESEARCH_INSTITUTION","name":"示范城市发展研究院",
                 "creditCode":"91430100MA4L16J1XK","contactName":"王研究","email":"research@example.cn"},
                 "description":"请公开本机关2025年政府采购合同目录","docNo":null,"delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""");

        assertEquals(201, filed.status(), filed::toString);
        JsonObject full = officer().get("/api/v1/staff/requests/" + filed.object().getString("trackingCode")).object();
        assertEquals("RESEARCH_INSTITUTION", full.getJsonObject("applicant").getString("category"));
        assertEquals("91430100MA4L16J1XK", full.getJsonObject("applicant").getString("creditCode"));
    }

    // ---------------------------------------------------------------- supplementation

    @Test
    void supplementationRestartsTheReplyPeriodFromTheCorrectedApplication() {
        JsonObject registered = register("2026-02-09");
        String code = registered.getString("trackingCode");
        String passcode = registered.getString("passcode");
        assertEquals("2026-03-13", registered.getString("dueOn"));

        Reply notice = officer().post("/api/v1/staff/requests/" + code + "/supplementation", """
                {"items":["请说明所需信息的文号或形成时间","请说明所需信息涉及的具体项目名称"],"deadline":"2026-02-27"}""");

        assertEquals(200, notice.status(), notice::toString);
        assertEquals("AWAITING_SUPPLEMENT", notice.object().getString("status"));
        assertTrue(notice.object().isNull("dueOn"), "no reply is due until the corrected application arrives");
        assertEquals(409, officer().post("/api/v1/staff/requests/" + code + "/supplementation",
                "{\"items\":[\"再补充一项\"],\"deadline\":\"2026-02-27\"}").status(), "everything at once, once");
        JsonObject waiting = applicant(passcode).get("/api/v1/requests/" + code).object();
        assertEquals(2, waiting.getJsonObject("supplementation").getJsonArray("items").size());
        assertEquals("2026-02-27", waiting.getJsonObject("supplementation").getString("deadline"));
        assertTrue(types(waiting).contains("SUPPLEMENTATION_REQUESTED"));

        Reply corrected = applicant(passcode).post("/api/v1/requests/" + code + "/supplement",
                "{\"description\":\"请公开湘政办发〔2025〕12号文件所附的2025年行政事业性收费项目清单\"}");

        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("PROCESSING", corrected.object().getString("status"));
        assertEquals("2026-02-13", corrected.object().getString("receivedOn"), "received today");
        assertEquals("2026-03-19", corrected.object().getString("dueOn"), "20 working days from the corrected application");
        assertEquals("2026-02-09", corrected.object().getString("firstReceivedOn"));
        assertEquals(409, applicant(passcode).post("/api/v1/requests/" + code + "/supplement",
                "{\"description\":\"再次补正的内容说明\"}").status());
    }

    @Test
    void theSupplementationNoticeMustGoOutWithinSevenWorkingDays() {
        String code = register("2026-01-20").getString("trackingCode");

        Reply late = officer().post("/api/v1/staff/requests/" + code + "/supplementation",
                "{\"items\":[\"请说明文号\"],\"deadline\":\"2026-02-27\"}");

        assertEquals(409, late.status(), late::toString);
        assertEquals("supplementation_too_late", late.object().getString("error"));
    }

    @Test
    void aMissedSupplementationDeadlineClosesTheRequestAsAbandoned() {
        JsonObject registered = register("2026-02-02");
        String code = registered.getString("trackingCode");
        Reply notice = officer().post("/api/v1/staff/requests/" + code + "/supplementation",
                "{\"items\":[\"请说明所需信息的名称\"],\"sentOn\":\"2026-02-03\",\"deadline\":\"2026-02-10\"}");
        assertEquals(200, notice.status(), notice::toString);

        Reply checks = officer().post("/api/v1/staff/requests/daily-checks", "");

        assertEquals(200, checks.status(), checks::toString);
        JsonObject closed = officer().get("/api/v1/staff/requests/" + code).object();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("OTHER", closed.getString("outcome"));
        assertEquals("SUPPLEMENT_OVERDUE", closed.getString("outcomeReason"));
        JsonObject mine = applicant(registered.getString("passcode")).get("/api/v1/requests/" + code).object();
        assertTrue(types(mine).contains("REQUEST_ABANDONED"));
        assertEquals(409, applicant(registered.getString("passcode")).post("/api/v1/requests/" + code + "/supplement",
                "{\"description\":\"迟到的补正内容\"}").status());
    }

    // ---------------------------------------------------------------- consultation

    @Test
    void workingDaysConsultedMoveTheDueDate() {
        String code = register("2026-02-09").getString("trackingCode");

        Reply sent = officer().post("/api/v1/staff/requests/" + code + "/consultations",
                "{\"party\":\"示范建设工程有限公司\",\"sentOn\":\"2026-02-10\"}");

        assertEquals(201, sent.status(), sent::toString);
        long consultation = sent.object().getJsonNumber("id").longValue();
        assertEquals("2026-03-09", sent.object().getString("answerDue"), "15 working days for the third party");
        JsonObject paused = officer().get("/api/v1/staff/requests/" + code).object();
        assertEquals("CONSULTING", paused.getString("status"));
        assertTrue(paused.getJsonObject("deadline").getBoolean("paused"));
        assertFalse(paused.getJsonObject("deadline").getBoolean("overdue"));

        Reply closed = officer().post("/api/v1/staff/requests/" + code + "/consultations/" + consultation + "/close",
                "{\"answeredOn\":\"2026-02-13\",\"objection\":false}");

        assertEquals(200, closed.status(), closed::toString);
        assertEquals("PROCESSING", closed.object().getString("status"));
        assertEquals("2026-03-18", closed.object().getString("dueOn"), "13 March plus 11, 12 and 13 February");
        assertEquals(3, closed.object().getJsonObject("deadline").getInt("pausedDays"));
        assertEquals(409, officer().post("/api/v1/staff/requests/" + code + "/consultations/" + consultation + "/close",
                "{\"answeredOn\":\"2026-02-13\",\"objection\":true}").status());
    }

    // ---------------------------------------------------------------- extension

    @Test
    void anExtensionApprovedByALeaderMovesTheDueDateAndTellsTheApplicantWhy() {
        JsonObject registered = register("2026-02-09");
        String code = registered.getString("trackingCode");

        Reply asked = officer().post("/api/v1/staff/requests/" + code + "/extension",
                "{\"reason\":\"所需信息涉及多个部门，需要协调汇总\",\"workingDays\":20}");

        assertEquals(200, asked.status(), asked::toString);
        assertEquals("REQUESTED", asked.object().getJsonObject("extension").getString("state"));
        assertEquals("2026-03-13", asked.object().getString("dueOn"), "nothing moves before a leader approves");
        assertEquals(403, officer().post("/api/v1/staff/requests/" + code + "/extension/approve", "{}").status());
        assertTrue(api().as("leader").get("/api/v1/staff/requests/extensions").body().contains(code));

        Reply approved = api().as("leader").post("/api/v1/staff/requests/" + code + "/extension/approve", "{}");

        assertEquals(200, approved.status(), approved::toString);
        assertEquals("2026-04-13", approved.object().getString("dueOn"));
        assertFalse(approved.body().contains("13800138000"), "leaders see no personal data");
        JsonObject mine = applicant(registered.getString("passcode")).get("/api/v1/requests/" + code).object();
        assertEquals("2026-04-13", mine.getString("dueOn"));
        JsonObject told = event(mine, "EXTENSION_APPROVED");
        assertTrue(told.getString("note").contains("所需信息涉及多个部门"), told::toString);
        assertEquals(20, mine.getJsonObject("extension").getInt("workingDays"));
        Reply again = officer().post("/api/v1/staff/requests/" + code + "/extension",
                "{\"reason\":\"再次延期\",\"workingDays\":5}");
        assertEquals(409, again.status());
        assertEquals("extension_once", again.object().getString("error"));
    }

    @Test
    void aRefusedExtensionLeavesTheDueDateAndIsNotShownAsAnExtension() {
        JsonObject registered = register("2026-02-09");
        String code = registered.getString("trackingCode");
        assertEquals(400, officer().post("/api/v1/staff/requests/" + code + "/extension",
                "{\"reason\":\"理由\",\"workingDays\":21}").status(), "at most 20 working days");
        officer().post("/api/v1/staff/requests/" + code + "/extension", "{\"reason\":\"工作量较大\",\"workingDays\":10}");

        Reply refused = api().as("leader").post("/api/v1/staff/requests/" + code + "/extension/refuse",
                "{\"note\":\"理由不充分，请按期答复\"}");

        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.object().getJsonObject("extension").getString("state"));
        assertEquals("2026-03-13", refused.object().getString("dueOn"));
        JsonObject mine = applicant(registered.getString("passcode")).get("/api/v1/requests/" + code).object();
        assertEquals("2026-03-13", mine.getString("dueOn"));
        assertTrue(mine.isNull("extension"));
        assertEquals(409, api().as("leader").post("/api/v1/staff/requests/" + code + "/extension/approve", "{}").status());
    }

    // ---------------------------------------------------------------- fees

    @Test
    void perApplicationTheEleventhRequestOfAMonthCostsOneHundredYuan() throws SQLException {
        String applicantId = idNumber();
        List<JsonObject> requests = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            Reply registered = officer().post("/api/v1/staff/requests",
                    registration("2026-02-1" + (i <= 5 ? "0" : "1"), "MAIL").replace(DEFAULT_ID, applicantId));
            assertEquals(201, registered.status(), registered::toString);
            requests.add(registered.object());
        }
        String tenth = requests.get(9).getString("trackingCode");
        String eleventh = requests.get(10).getString("trackingCode");
        assertFalse(rawApplicant(tenth).get("id_number").equals(rawApplicant(eleventh).get("id_number")),
                "stored encrypted with a random IV each time, yet counted as one applicant below");

        Reply free = officer().post("/api/v1/staff/requests/" + tenth + "/fee", "{\"method\":\"PER_APPLICATION\"}");
        Reply charged = officer().post("/api/v1/staff/requests/" + eleventh + "/fee", "{\"method\":\"PER_APPLICATION\"}");

        assertEquals(409, free.status(), free::toString);
        assertEquals("fee_not_chargeable", free.object().getString("error"));
        assertEquals(200, charged.status(), charged::toString);
        assertEquals(100, charged.object().getJsonNumber("amount").intValue());
        assertEquals("2026-03-19", charged.object().getString("payBy"), "20 working days to pay");
        JsonObject waiting = officer().get("/api/v1/staff/requests/" + eleventh).object();
        assertEquals("AWAITING_FEE", waiting.getString("status"));
        assertTrue(waiting.getJsonObject("deadline").getBoolean("paused"));
        JsonObject told = event(applicant(requests.get(10).getString("passcode")).get("/api/v1/requests/" + eleventh).object(),
                "FEE_NOTICED");
        assertTrue(told.getString("note").contains("100元"), told::toString);

        Reply paid = officer().post("/api/v1/staff/requests/" + eleventh + "/fee/paid", "{\"paidOn\":\"2026-02-13\"}");

        assertEquals(200, paid.status(), paid::toString);
        assertEquals("PROCESSING", paid.object().getString("status"));
        assertEquals("2026-03-17", paid.object().getString("dueOn"), "received 11 February: due 17 March, nothing paused");
    }

    @Test
    void perPageEachBandAtItsRateAndUnpaidFeesCloseTheRequest() {
        String paying = register("2026-02-10").getString("trackingCode");
        Reply pages = officer().post("/api/v1/staff/requests/" + paying + "/fee", "{\"method\":\"PER_PAGE\",\"pages\":150}");
        assertEquals(200, pages.status(), pages::toString);
        assertEquals(1700, pages.object().getJsonNumber("amount").intValue(), "70 pages at 10 and 50 pages at 20");
        assertEquals(400, officer().post("/api/v1/staff/requests/" + register("2026-02-10").getString("trackingCode")
                + "/fee", "{\"method\":\"PER_PAGE\"}").status(), "pages are needed");

        String unpaid = register("2026-01-05").getString("trackingCode");
        Reply noticed = officer().post("/api/v1/staff/requests/" + unpaid + "/fee",
                "{\"method\":\"PER_PAGE\",\"pages\":40,\"noticedOn\":\"2026-01-06\"}");
        assertEquals(200, noticed.status(), noticed::toString);
        assertEquals(100, noticed.object().getJsonNumber("amount").intValue());

        officer().post("/api/v1/staff/requests/daily-checks", "");

        JsonObject closed = officer().get("/api/v1/staff/requests/" + unpaid).object();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("FEE_UNPAID", closed.getString("outcomeReason"));
        assertEquals("AWAITING_FEE", officer().get("/api/v1/staff/requests/" + paying).object().getString("status"),
                "a fee noticed today is not overdue");
    }

    // ---------------------------------------------------------------- outcomes

    @Test
    void everyOutcomeAndReasonOfTheAnnualReportIsAnsweredWithItsLetter() {
        List<String[]> cases = new ArrayList<>();
        for (String outcome : List.of("GRANTED", "PARTLY_GRANTED", "ALREADY_PUBLIC", "NOT_THIS_ORGAN")) {
            cases.add(new String[]{outcome, null});
        }
        for (String reason : List.of("STATE_SECRET", "LAW_FORBIDS", "ENDANGERS_SECURITY", "THIRD_PARTY_RIGHTS",
                "INTERNAL_AFFAIRS", "PROCESS_INFORMATION", "ENFORCEMENT_FILE", "ADMINISTRATIVE_QUERY")) {
            cases.add(new String[]{"REFUSED", reason});
        }
        for (String reason : List.of("INFORMATION_DOES_NOT_EXIST", "NEEDS_CREATION", "STILL_UNCLEAR")) {
            cases.add(new String[]{"CANNOT_PROVIDE", reason});
        }
        for (String reason : List.of("PETITION", "REPEAT_APPLICATION", "PUBLICATION", "EXCESSIVE_APPLICATIONS",
                "CONFIRM_OR_REISSUE")) {
            cases.add(new String[]{"NOT_PROCESSED", reason});
        }
        for (String reason : List.of("SUPPLEMENT_OVERDUE", "FEE_UNPAID", "OTHER")) {
            cases.add(new String[]{"OTHER", reason});
        }
        cases.add(new String[]{"PARTLY_GRANTED", "THIRD_PARTY_RIGHTS"});
        for (String[] c : cases) {
            JsonObject registered = register("2026-02-12");
            String code = registered.getString("trackingCode");
            String reply = "{\"outcome\":\"" + c[0] + "\"" + (c[1] == null ? "" : ",\"reason\":\"" + c[1] + "\"")
                    + ",\"text\":\"具体说明见本告知书。\"" + ("NOT_THIS_ORGAN".equals(c[0]) ? ",\"referTo\":\"示范市财政局\"" : "")
                    + "}";
            Reply draft = officer().post("/api/v1/staff/requests/" + code + "/reply", reply);
            assertEquals(201, draft.status(), () -> c[0] + "/" + c[1] + ": " + draft);
            assertEquals(200, decide(draft.object().getJsonNumber("reviewTaskId").longValue(), "APPROVE").status());
            JsonObject mine = applicant(registered.getString("passcode")).get("/api/v1/requests/" + code).object();
            assertEquals("CLOSED", mine.getString("status"), c[0]);
            assertEquals(c[0], mine.getString("outcome"));
            assertEquals(c[1] == null ? JsonValue.NULL : Json.createValue(c[1]), mine.get("outcomeReason"));
            String text = mine.getJsonObject("replyLetter").getString("text");
            assertTrue(text.contains("《中华人民共和国政府信息公开条例》"), text);
            assertTrue(text.contains("第五十一条"), "the remedies: " + text);
            if ("NOT_THIS_ORGAN".equals(c[0])) {
                assertTrue(text.contains("示范市财政局"), text);
            }
        }
    }

    @Test
    void aReplyNeedsTheRightReasonAndAReturnedLetterGoesBackToTheOfficer() {
        JsonObject registered = register("2026-02-12");
        String code = registered.getString("trackingCode");

        assertEquals(400, officer().post("/api/v1/staff/requests/" + code + "/reply", "{\"outcome\":\"REFUSED\"}").status());
        Reply wrongReason = officer().post("/api/v1/staff/requests/" + code + "/reply",
                "{\"outcome\":\"REFUSED\",\"reason\":\"REPEAT_APPLICATION\"}");
        assertEquals(400, wrongReason.status());
        assertTrue(wrongReason.object().getJsonObject("fields").containsKey("reason"));
        assertEquals(400, officer().post("/api/v1/staff/requests/" + code + "/reply", "{\"outcome\":\"MAYBE\"}").status());
        Reply grantedWithNothingBelow = officer().post("/api/v1/staff/requests/" + code + "/reply", "{\"outcome\":\"GRANTED\"}");
        assertEquals(400, grantedWithNothingBelow.status(), "a 予以公开 letter says 见下文: the text must say how it is provided");
        assertTrue(grantedWithNothingBelow.object().getJsonObject("fields").containsKey("text"));

        Reply first = officer().post("/api/v1/staff/requests/" + code + "/reply",
                "{\"outcome\":\"REFUSED\",\"reason\":\"PROCESS_INFORMATION\",\"text\":\"联系人：张三，电话13800138000\"}");
        assertEquals(201, first.status(), first::toString);
        assertEquals(409, officer().post("/api/v1/staff/requests/" + code + "/reply",
                "{\"outcome\":\"GRANTED\",\"text\":\"见附件。\"}").status(), "one letter in review at a time");
        assertEquals(200, decide(first.object().getJsonNumber("reviewTaskId").longValue(), "RETURN").status());

        JsonObject back = officer().get("/api/v1/staff/requests/" + code).object();
        assertEquals("PROCESSING", back.getString("status"));
        assertEquals("RETURNED", back.getJsonArray("replies").getJsonObject(0).getString("state"));
        assertTrue(applicant(registered.getString("passcode")).get("/api/v1/requests/" + code).object().isNull("replyLetter"));
        Reply second = officer().post("/api/v1/staff/requests/" + code + "/reply",
                "{\"outcome\":\"REFUSED\",\"reason\":\"PROCESS_INFORMATION\"}");
        assertEquals(201, second.status(), second::toString);
        assertEquals(2, second.object().getInt("number"));
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    void anOfficerOfAnotherOrganSeesNothing() throws Exception {
        String name = "欧阳保密";
        String id = idNumber();
        Reply registered = officer().post("/api/v1/staff/requests",
                registration("2026-02-12", "IN_PERSON").replace("张三", name).replace(DEFAULT_ID, id));
        String code = registered.object().getString("trackingCode");
        Api other = api().as("officer2");

        assertEquals(404, other.get("/api/v1/staff/requests/" + code).status());
        assertFalse(other.get("/api/v1/staff/requests").body().contains(code));
        assertFalse(other.get("/api/v1/staff/requests?status=CLOSED").body().contains(code));
        assertEquals(404, other.post("/api/v1/staff/requests/" + code + "/reply", "{\"outcome\":\"GRANTED\"}").status());
        assertEquals(404, other.post("/api/v1/staff/requests/" + code + "/consultations",
                "{\"party\":\"某公司\"}").status());
        assertEquals(404, other.get("/api/v1/staff/requests/" + code + "/replies/1/letter.pdf").status());
        assertEquals(403, api().as("reviewer").get("/api/v1/staff/requests/" + code).status());
        assertEquals(403, api().as("editor").get("/api/v1/staff/requests").status());
        assertEquals(401, api().get("/api/v1/staff/requests/" + code).status());
        for (String publicPath : List.of("/", "/catalogue", "/api/v1/catalogue", "/feeds/catalogue.atom",
                "/open-data/catalogue.csv", "/open-data/catalogue.json", "/openapi")) {
            String page = api().get(publicPath).body();
            assertFalse(page.contains(name) || page.contains(id), publicPath + " shows nothing of applicants");
        }
        assertNoPersonalDataRecorded(code, name, id, "13800138000", "zhang@example.cn");
    }

    // ---------------------------------------------------------------- personal data at rest

    @Test
    void personalDataIsStoredEncryptedWithSm4AndShownOnlyThroughThePortal() throws Exception {
        String name = "司马加密";
        String id = idNumber();
        String email = "sm4-" + SEQUENCE.incrementAndGet() + "@example.cn";
        Reply filed = api().post("/api/v1/requests", body(name, id, email, "请公开本机关2025年预算说明", null));
        assertEquals(201, filed.status(), filed::toString);
        String code = filed.object().getString("trackingCode");
        String passcode = filed.object().getString("passcode");

        Map<String, String> raw = rawApplicant(code);
        for (String column : List.of("applicant_name", "id_number", "phone", "email", "address")) {
            String stored = raw.get(column);
            assertTrue(stored.startsWith("v1:" + TestDatabase.CRYPTO_KEY_ID + ":"), column + ": " + stored);
            for (String plain : List.of(name, id, id.substring(6, 14), id.substring(14), "13800138000", "8000", email,
                    "麓山南路")) {
                assertFalse(stored.contains(plain), column + " holds " + plain + ": " + stored);
            }
        }
        assertTrue(raw.get("applicant_key").matches("[0-9a-f]{64}"));
        assertFalse(raw.get("applicant_key").equals(sha256("ID_CARD:" + id)), "no plain hash of the identity number");

        JsonObject seenByOfficer = officer().get("/api/v1/staff/requests/" + code).object().getJsonObject("applicant");
        assertEquals(id, seenByOfficer.getString("idNumber"), "the organ's officer reads it");
        assertEquals(name, seenByOfficer.getString("name"));
        assertEquals(email, seenByOfficer.getString("email"));
        JsonObject seenByApplicant = applicant(passcode).get("/api/v1/requests/" + code).object().getJsonObject("applicant");
        assertEquals(id.substring(0, 2) + "*************" + id.substring(15), seenByApplicant.getString("idNumber"));
        assertEquals("138****8000", seenByApplicant.getString("phone"));
        assertEquals(code, item(officer().get("/api/v1/staff/requests?q=" + java.net.URLEncoder.encode(name,
                StandardCharsets.UTF_8)).json().asJsonArray(), code).getString("trackingCode"), "found by the whole name");

        // the same applicant on paper: another ciphertext, the same look-up key, so fees count them together
        Reply again = officer().post("/api/v1/staff/requests", registration("2026-02-12", "MAIL").replace(DEFAULT_ID, id));
        assertEquals(201, again.status(), again::toString);
        Map<String, String> second = rawApplicant(again.object().getString("trackingCode"));
        assertFalse(second.get("id_number").equals(raw.get("id_number")), "a random IV per value");
        assertEquals(raw.get("applicant_key"), second.get("applicant_key"));

        // a row as stored before V70 (plaintext, plain SHA-256 key) and a value under the old key
        FieldCipher oldKey = new FieldCipher(TestDatabase.CRYPTO_OLD_KEY_ID, Map.of(TestDatabase.CRYPTO_OLD_KEY_ID,
                Base64.getDecoder().decode(TestDatabase.CRYPTO_OLD_KEY)), new byte[16]);
        try (Connection connection = TestDatabase.connect();
             PreparedStatement legacy = connection.prepareStatement("update disclosure_request set id_number = ?, "
                     + "applicant_name = ?, phone = ?, email = ?, applicant_key = ?, applicant_name_key = null "
                     + "where tracking_code = ?")) {
            legacy.setString(1, id);
            legacy.setString(2, name);
            legacy.setString(3, oldKey.encrypt("13800138000"));
            legacy.setString(4, email);
            legacy.setString(5, sha256("ID_CARD:" + id));
            legacy.setString(6, code);
            assertEquals(1, legacy.executeUpdate());
        }
        assertEquals(403, officer().post("/api/v1/staff/crypto/rotate", "").status(), "the security administrator's command");
        assertEquals(403, api().as("admin").post("/api/v1/staff/crypto/rotate", "").status(),
                "keys are the security administrator's, not the system administrator's (三员分立)");
        long rotationsBefore = count("select count(*) from audit_event where event_type = 'PERSONAL_DATA_KEYS_ROTATED'");

        Reply rotated = api().as("secadmin").post("/api/v1/staff/crypto/rotate", "");

        assertEquals(200, rotated.status(), rotated::toString);
        assertEquals(TestDatabase.CRYPTO_KEY_ID, rotated.object().getString("keyId"));
        assertTrue(rotated.object().getInt("rewritten") >= 1, rotated::toString);
        assertEquals(rotationsBefore + 1,
                count("select count(*) from audit_event where event_type = 'PERSONAL_DATA_KEYS_ROTATED'"));
        Map<String, String> migrated = rawApplicant(code);
        for (String column : List.of("applicant_name", "id_number", "phone", "email", "address")) {
            assertTrue(migrated.get(column).startsWith("v1:" + TestDatabase.CRYPTO_KEY_ID + ":"),
                    column + ": " + migrated.get(column));
        }
        assertEquals(second.get("applicant_key"), migrated.get("applicant_key"), "the look-up key recomputed");
        assertEquals(raw.get("applicant_name_key"), migrated.get("applicant_name_key"));
        JsonObject afterRotation = officer().get("/api/v1/staff/requests/" + code).object().getJsonObject("applicant");
        assertEquals(id, afterRotation.getString("idNumber"));
        assertEquals("13800138000", afterRotation.getString("phone"), "read under the old key, re-encrypted under the new");
        assertNoPersonalDataRecorded(code, name, id, "13800138000", email);
    }

    // ---------------------------------------------------------------- the files the reply delivers

    @Test
    void theReplyDeliversTheDisclosedFilesReviewedWithTheLetterAndOnlyAfterRelease() throws Exception {
        JsonObject registered = register("2026-02-12");
        String code = registered.getString("trackingCode");
        String passcode = registered.getString("passcode");
        byte[] pdf = pdfSaying("Budget 2025, contact 13912345678");
        Reply added = officer().upload("/api/v1/staff/requests/" + code + "/attachments?name=" + url("2025年预算表.pdf"), pdf);
        Reply disguised = officer().upload("/api/v1/staff/requests/" + code + "/attachments?name=" + url("说明.pdf"),
                "MZ this is no PDF".getBytes(StandardCharsets.US_ASCII));
        Reply wrong = officer().upload("/api/v1/staff/requests/" + code + "/attachments?name=" + url("误传.pdf"), pdf);
        assertEquals(201, added.status(), added::toString);
        assertEquals("application/pdf", added.object().getString("mediaType"));
        assertEquals(400, disguised.status(), "checked by content, not by name: " + disguised);
        assertEquals(404, api().as("officer2").upload("/api/v1/staff/requests/" + code + "/attachments?name=x.pdf", pdf)
                .status(), "another organ's officer");
        long fileId = added.object().getJsonNumber("id").longValue();
        long wrongId = wrong.object().getJsonNumber("id").longValue();
        assertEquals(204, officer().delete("/api/v1/staff/requests/" + code + "/attachments/" + wrongId).status());

        Reply draft = officer().post("/api/v1/staff/requests/" + code + "/reply", """
                {"outcome":"GRANTED","text":"现将《示范市2025年预算表》随本告知书提供给您，请在本平台下载。"}""");
        assertEquals(201, draft.status(), draft::toString);
        long task = draft.object().getJsonNumber("reviewTaskId").longValue();
        String attachmentUrl = "/api/v1/requests/" + code + "/attachments/" + fileId;
        assertEquals(404, bytes(attachmentUrl, passcode).statusCode(), "never before the release");
        assertEquals(409, officer().delete("/api/v1/staff/requests/" + code + "/attachments/" + fileId).status(),
                "the files under review do not change");
        JsonObject review = api().as("reviewer").get("/api/v1/staff/reviews/" + task).object();
        assertTrue(review.getJsonArray("findings").toString().contains("13912345678"), "the file's text is scanned: " + review);
        StringBuilder accepted = new StringBuilder();
        for (int i = 0; i < review.getJsonArray("findings").size(); i++) {
            accepted.append(i == 0 ? "" : ",").append("{\"finding\":").append(i).append(",\"reason\":\"预算编制单位的公开电话。\"}");
        }
        Reply approved = api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"同意送达。\",\"accepted\":[" + accepted + "]}");
        assertEquals(200, approved.status(), approved::toString);

        JsonObject letter = applicant(passcode).get("/api/v1/requests/" + code).object().getJsonObject("replyLetter");
        JsonArray files = letter.getJsonArray("attachments");
        assertEquals(1, files.size(), letter::toString);
        assertEquals("2025年预算表.pdf", files.getJsonObject(0).getString("name"));
        HttpResponse<byte[]> download = bytes(files.getJsonObject(0).getString("url"), passcode);
        assertEquals(200, download.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, download.body()), "the very file reviewed");
        assertEquals(404, bytes(attachmentUrl, "AAAA-BBBB-CCCC").statusCode(), "the passcode is needed");
        assertEquals(404, bytes("/api/v1/requests/" + code + "/attachments/" + wrongId, passcode).statusCode(),
                "a removed file is not delivered");
        assertEquals(1, count("select count(*) from request_reply r join disclosure_request d on d.id = r.request_id "
                + "where d.tracking_code = '" + code + "' and r.files like '" + fileId + ":%'"),
                "the letter's hashed file list names the file");
    }

    /** A one-page PDF whose text layer says the words. */
    private static byte[] pdfSaying(String words) throws IOException {
        try (PDDocument document = new PDDocument()) {
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
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------- the queue and the daily warnings

    @Test
    void theQueueShowsWorkingDaysLeftDueSoonAndOverdue() {
        String overdue = register("2026-01-14").getString("trackingCode");
        String soon = register("2026-01-23").getString("trackingCode");
        String later = register("2026-02-12").getString("trackingCode");

        JsonArray queue = officer().get("/api/v1/staff/requests?size=500").json().asJsonArray();

        JsonObject late = item(queue, overdue);
        assertEquals("2026-02-11", late.getString("dueOn"));
        assertEquals(-2, late.getInt("workingDaysLeft"));
        assertTrue(late.getBoolean("overdue"));
        JsonObject close = item(queue, soon);
        assertEquals("2026-02-27", close.getString("dueOn"));
        assertEquals(5, close.getInt("workingDaysLeft"));
        assertTrue(close.getBoolean("dueSoon"));
        assertFalse(close.getBoolean("overdue"));
        assertFalse(item(queue, later).getBoolean("dueSoon"));
        String onlyOverdue = officer().get("/api/v1/staff/requests?overdue=true").body();
        assertTrue(onlyOverdue.contains(overdue));
        assertFalse(onlyOverdue.contains(soon));
        String dueBefore = officer().get("/api/v1/staff/requests?dueBefore=2026-03-01").body();
        assertTrue(dueBefore.contains(soon));
        assertFalse(dueBefore.contains(later));
        assertTrue(officer().get("/api/v1/staff/requests?q=" + soon.toLowerCase()).body().contains(soon));
        assertEquals(400, officer().get("/api/v1/staff/requests?status=LOST").status());
        assertTrue(count("select count(*) from information_schema.columns where table_name = 'disclosure_request' "
                + "and column_name in ('overdue', 'working_days_left')") == 0, "computed, never stored");
    }

    @Test
    void theOverdueFilterIsAppliedBeforePagingAndTheTotalIsGiven() {
        String token = "分页核对" + SEQUENCE.incrementAndGet();
        List<String> overdue = new ArrayList<>();
        for (String receivedOn : List.of("2026-01-05", "2026-01-06", "2026-01-07")) {
            overdue.add(registerAbout(receivedOn, token));
        }
        String notYet = registerAbout("2026-02-12", token);
        // past its due date, but a third party is being consulted: the clock is paused (Art. 32–33)
        String consulting = registerAbout("2026-01-05", token);
        Reply consulted = officer().post("/api/v1/staff/requests/" + consulting + "/consultations",
                "{\"party\":\"示范市某公司\",\"sentOn\":\"2026-02-13\"}");
        assertEquals(201, consulted.status(), consulted::toString);

        Reply first = officer().get("/api/v1/staff/requests?overdue=true&size=2&q=" + url(token));
        Reply second = officer().get("/api/v1/staff/requests?overdue=true&size=2&page=2&q=" + url(token));
        Reply open = officer().get("/api/v1/staff/requests?overdue=false&q=" + url(token));

        assertEquals(200, first.status(), first::toString);
        assertEquals("3", first.header("X-Total-Count"), "every overdue request counted, not only a page");
        assertEquals(List.of(overdue.get(0), overdue.get(1)), codes(first.json().asJsonArray()), "earliest due first");
        assertEquals(List.of(overdue.get(2)), codes(second.json().asJsonArray()));
        assertEquals(List.of(notYet, consulting).stream().sorted().toList(),
                codes(open.json().asJsonArray()).stream().sorted().toList(), "paused is not overdue");
        assertEquals("2", open.header("X-Total-Count"));
        JsonObject paused = item(open.json().asJsonArray(), consulting);
        assertFalse(paused.getBoolean("overdue"), "the database's filter and the computed standing agree: " + paused);
        Reply badPage = officer().get("/api/v1/staff/requests?page=0");
        assertEquals(400, badPage.status(), badPage::toString);
        assertEquals("页码须为正整数", badPage.object().getJsonObject("fields").getString("page"));
        assertEquals(400, officer().get("/api/v1/staff/requests?size=501").status());
    }

    private String registerAbout(String receivedOn, String description) {
        Reply registered = officer().post("/api/v1/staff/requests", body("张三", idNumber(), "zhang@example.cn",
                description, "\"channel\":\"MAIL\",\"receivedOn\":\"" + receivedOn + "\""));
        assertEquals(201, registered.status(), registered::toString);
        return registered.object().getString("trackingCode");
    }

    private static List<String> codes(JsonArray queue) {
        return queue.stream().map(value -> value.asJsonObject().getString("trackingCode")).toList();
    }

    private static String url(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void officersAndTheirLeaderAreWarnedFiveAndOneWorkingDaysBeforeADueDate() {
        String five = register("2026-01-23").getString("trackingCode");
        String one = register("2026-01-19").getString("trackingCode");

        officer().post("/api/v1/staff/requests/daily-checks", "");
        officer().post("/api/v1/staff/requests/daily-checks", "");

        List<String> fiveWarnings = eventsOf(five, "DUE_DATE_WARNING");
        List<String> oneWarnings = eventsOf(one, "DUE_DATE_WARNING");
        assertEquals(1, fiveWarnings.size(), "once, however often the job runs");
        assertTrue(fiveWarnings.get(0).contains("提前5个工作日提醒"), fiveWarnings::toString);
        assertTrue(fiveWarnings.get(0).contains("officer") && fiveWarnings.get(0).contains("leader"), fiveWarnings::toString);
        assertFalse(fiveWarnings.get(0).contains("officer2"), "not the other organ's officer");
        assertEquals(1, oneWarnings.size());
        assertTrue(oneWarnings.get(0).contains("提前1个工作日提醒"), oneWarnings::toString);
    }

    @Test
    void theReminderBoxListsTheLongestOverdueRequestFirst() throws Exception {
        // received almost a year ago: its 20 working days (Art. 33) ended long before today
        String longOverdue = register("2025-04-01").getString("trackingCode");
        String soon = register("2026-01-23").getString("trackingCode");
        officer().post("/api/v1/staff/requests/daily-checks", "");
        int daysLeft = item(officer().get("/api/v1/staff/requests?overdue=true&size=500").json().asJsonArray(), longOverdue)
                .getInt("workingDaysLeft");
        assertTrue(daysLeft < -170, "far past its due date: " + daysLeft);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, wait, "officer");
            driver.get(base() + "/staff/requests");
            WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("warnings")));
            List<WebElement> lines = box.findElements(By.tagName("li"));
            assertTrue(lines.get(0).getText().contains(longOverdue), "the longest overdue first: " + box.getText());
            assertTrue(lines.get(0).getText().contains("逾期" + (-daysLeft) + "个工作日"), lines.get(0).getText());
            assertTrue(box.getText().contains(soon), "the warned request is still listed: " + box.getText());
            browser.assertAccessible();
        }
    }

    // ---------------------------------------------------------------- the calendar

    @Test
    void openDueDatesAreRecomputedWhenTheCalendarChanges() {
        JsonObject registered = register("2026-02-13");
        String code = registered.getString("trackingCode");
        assertEquals("2026-03-19", registered.getString("dueOn"));
        JsonObject year = api().as("admin").get("/api/v1/staff/calendar/2026").object();
        String original = Json.createObjectBuilder().add("holidays", year.getJsonArray("holidays"))
                .add("workdays", year.getJsonArray("workdays")).build().toString();
        String withExtraDay = Json.createObjectBuilder()
                .add("holidays", Json.createArrayBuilder(year.getJsonArray("holidays"))
                        .add(Json.createObjectBuilder().add("date", "2026-03-18").add("name", "测试调整")))
                .add("workdays", year.getJsonArray("workdays")).build().toString();
        try {
            Reply changed = api().as("admin").put("/api/v1/staff/calendar/2026", withExtraDay);
            assertEquals(200, changed.status(), changed::toString);

            JsonObject moved = officer().get("/api/v1/staff/requests/" + code).object();
            assertEquals("2026-03-20", moved.getString("dueOn"));
            assertTrue(moved.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> "DUE_DATE_RECOMPUTED".equals(e.getString("type"))
                            && e.getString("detail").contains("2026年3月20日")), moved::toString);
            JsonObject mine = applicant(registered.getString("passcode")).get("/api/v1/requests/" + code).object();
            assertEquals("2026-03-20", mine.getString("dueOn"));
            assertTrue(types(mine).contains("DUE_DATE_RECOMPUTED"));
        } finally {
            assertEquals(200, api().as("admin").put("/api/v1/staff/calendar/2026", original).status());
        }
        assertEquals("2026-03-19", officer().get("/api/v1/staff/requests/" + code).object().getString("dueOn"));
    }

    @Test
    void aCalendarChangeRecomputesEachRequestInATransactionOfItsOwn() throws Exception {
        String first = register("2026-02-13").getString("trackingCode");
        String locked = register("2026-02-13").getString("trackingCode");
        JsonObject year = api().as("admin").get("/api/v1/staff/calendar/2026").object();
        String original = Json.createObjectBuilder().add("holidays", year.getJsonArray("holidays"))
                .add("workdays", year.getJsonArray("workdays")).build().toString();
        String withExtraDay = Json.createObjectBuilder()
                .add("holidays", Json.createArrayBuilder(year.getJsonArray("holidays"))
                        .add(Json.createObjectBuilder().add("date", "2026-03-18").add("name", "测试调整")))
                .add("workdays", year.getJsonArray("workdays")).build().toString();
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
        Connection holder = TestDatabase.connect();
        try {
            // an officer's transaction holds the later request while the calendar changes
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select id from disclosure_request where tracking_code = ? for update")) {
                lock.setString(1, locked);
                lock.executeQuery().close();
            }
            java.util.concurrent.Future<Reply> change = background.submit(
                    () -> api().as("admin").put("/api/v1/staff/calendar/2026", withExtraDay));

            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!"2026-03-20".equals(storedDueOn(first)) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertEquals("2026-03-20", storedDueOn(first),
                    "the earlier request's new due date is committed while the later one waits for its lock");
            assertEquals("2026-03-19", storedDueOn(locked));
            assertFalse(change.isDone(), "the recomputation waits for the officer, it does not skip the request");

            holder.commit();
            Reply changed = change.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, changed.status(), changed::toString);
            assertEquals("2026-03-20", storedDueOn(locked), "recomputed once the officer's transaction ended");
            assertEquals(1, eventsOf(locked, "DUE_DATE_RECOMPUTED").size());
        } finally {
            holder.rollback();
            holder.close();
            background.shutdownNow();
            assertEquals(200, api().as("admin").put("/api/v1/staff/calendar/2026", original).status());
        }
        assertEquals("2026-03-19", storedDueOn(first));
        assertEquals("2026-03-19", storedDueOn(locked));
    }

    private static String storedDueOn(String code) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select due_on from disclosure_request where tracking_code = ?")) {
            statement.setString(1, code);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return String.valueOf(row.getObject(1, java.time.LocalDate.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- anti-abuse

    @Test
    void filingIsLimitedPerClientAddressAndAnsweredWith429AndRetryAfter() throws IOException {
        String bodyJson = body("赵六", idNumber(), null, "请公开本机关2025年政府信息公开工作年度报告", null);
        Api client = api().header(TestClients.HEADER, TestClients.fresh());
        String badCheckDigit = body("赵六", "110101199003070019", null, "请公开本机关2025年政府信息公开工作年度报告", null);
        for (int i = 0; i < 5; i++) {
            assertEquals(400, client.post("/api/v1/requests", badCheckDigit).status());
        }
        int created = 0;
        Reply last = null;
        for (int i = 0; i < 21; i++) {
            last = client.post("/api/v1/requests", bodyJson);
            if (last.status() == 201) {
                created++;
            }
        }
        assertEquals(20, created, "twenty valid filings per hour from one address; refused ones do not count");
        assertEquals(429, last.status(), last::toString);
        assertTrue(Long.parseLong(last.header("Retry-After")) > 0, "Retry-After in seconds: " + last.header("Retry-After"));
        assertEquals("filing_rate_limited", last.object().getString("error"));
        assertTrue(last.object().getString("message").contains("分钟后再试"), "says how long to wait: " + last);
        assertEquals(201, filer().post("/api/v1/requests", bodyJson).status(), "another address is not affected");

        String huge = body("赵六", idNumber(), null, "长".repeat(40_000), null);
        String[] tooLarge = rawPost("127.0.0.79", "/api/v1/requests", huge);
        assertEquals("413", tooLarge[0], tooLarge[2]);
    }

    @Test
    void theFilingWindowSlidesWhenTheClockMovesOn() {
        String bodyJson = body("钱七", idNumber(), null, "请公开本机关2025年政府信息公开工作年度报告（时钟）", null);
        Api client = api().header(TestClients.HEADER, TestClients.fresh());
        for (int i = 0; i < 20; i++) {
            assertEquals(201, client.post("/api/v1/requests", bodyJson).status());
        }
        assertEquals(429, client.post("/api/v1/requests", bodyJson).status(), "the 21st within the hour");
        try {
            TestClock.advance(Duration.ofMinutes(30));
            assertEquals(429, client.post("/api/v1/requests", bodyJson).status(), "still within the hour");

            TestClock.advance(Duration.ofMinutes(61));
            Reply later = client.post("/api/v1/requests", bodyJson);
            assertEquals(201, later.status(), later::toString);
            assertEquals("2026-02-13", later.object().getString("receivedOn"), "11:01 in Beijing, the same Friday");
        } finally {
            TestClock.reset();
        }
        assertEquals("2026-02-13", filer().post("/api/v1/requests", bodyJson).object().getString("receivedOn"));
    }

    // ---------------------------------------------------------------- in a browser

    @Test
    void anApplicantFilesInChineseAnOfficerRepliesAReviewerApprovesAndTheApplicantReadsTheLetter() throws Exception {
        String published = publishCatalogueEntry("示范市2025年城市道路维修计划");
        String email = "browser" + SEQUENCE.incrementAndGet() + "@example.cn";
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            driver.get(base() + "/apply");
            assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.assertAccessible();
            new Select(driver.findElement(By.id("apply:organ"))).selectByValue("000014349");
            driver.findElement(By.id("apply:name")).sendKeys("王小明");
            driver.findElement(By.id("apply:idNumber")).sendKeys(idNumber());
            driver.findElement(By.id("apply:phone")).sendKeys("13900139000");
            driver.findElement(By.id("apply:email")).sendKeys(email);
            driver.findElement(By.id("apply:description")).sendKeys("请公开示范市恐龙化石挖掘记录");
            driver.findElement(By.id("apply:docNo")).click();
            wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
            Thread.sleep(300);
            wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty();")));
            assertTrue(driver.findElements(By.id("similar-hint")).isEmpty(),
                    "an unrelated description gets no suggestion, though every entry shares the city's name");
            driver.findElement(By.id("apply:description")).clear();
            driver.findElement(By.id("apply:description")).sendKeys("请公开示范市2025年城市道路维修计划及其资金安排");
            driver.findElement(By.id("apply:docNo")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("similar-hint")));
            assertTrue(driver.findElement(By.id("similar-hint")).getText().contains("城市道路维修计划"),
                    "the already published entry is suggested (Art. 36(1))");
            assertTrue(driver.findElement(By.id("similar-hint")).getAttribute("innerHTML").contains(published));
            browser.assertAccessible();
            driver.findElement(By.id("apply:submit")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
            String code = driver.findElement(By.id("tracking-code")).getText().strip();
            String passcode = driver.findElement(By.id("passcode")).getText().strip();
            assertTrue(code.matches("2026-[2-9A-HJ-NP-Z]{8}"), code);
            assertTrue(driver.findElement(By.id("due-on")).getText().contains("2026年3月19日"));
            assertTrue(driver.findElement(By.id("receipt-form:receipt-pdf")).isDisplayed(), "a printable receipt (回执)");
            browser.assertAccessible();

            signIn(driver, wait, "officer");
            driver.get(base() + "/staff/request-register");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:receivedOn")));
            browser.assertAccessible();
            driver.get(base() + "/staff/requests");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(code)));
            browser.assertAccessible();
            driver.findElement(By.linkText(code)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply:draft")));
            assertTrue(driver.getPageSource().contains("13900139000"), "the officer sees the applicant's data");
            browser.assertAccessible();
            new Select(driver.findElement(By.id("reply:outcome"))).selectByValue("ALREADY_PUBLIC");
            driver.findElement(By.id("reply:text")).sendKeys("该信息已于本网站公开目录公开，索引号" + published + "。");
            driver.findElement(By.id("reply:draft")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "保密审查"));

            signIn(driver, wait, "reviewer");
            driver.get(base() + "/staff/reviews");
            WebElement task = wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(code)));
            task.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision:approve")));
            assertFalse(driver.getPageSource().contains("王小明"), "the reviewer sees no personal data");
            browser.assertAccessible();
            driver.findElement(By.id("decision:reason")).sendKeys("经审查，不涉及国家秘密，同意送达。");
            driver.findElement(By.id("decision:approve")).click();
            wait.until(ExpectedConditions.urlContains("/staff/reviews"));

            driver.manage().deleteAllCookies();
            driver.get(base() + "/track");
            driver.findElement(By.id("track:code")).sendKeys(code);
            driver.findElement(By.id("track:passcode")).sendKeys(passcode);
            driver.findElement(By.id("track:open")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter")));
            String letter = driver.findElement(By.id("letter")).getText();
            assertTrue(letter.contains("已主动公开"), letter);
            assertTrue(letter.contains("第三十六条第（一）项"), letter);
            assertTrue(letter.contains(published), letter);
            assertEquals("王小明：", driver.findElement(By.id("letter-salutation")).getText(), "addressed by name");
            assertEquals("已办结", driver.findElement(By.id("status")).getText());
            assertFalse(driver.getPageSource().contains("13900139000"), "masked in the applicant's view");
            assertTrue(driver.getPageSource().contains("139****9000"));
            browser.assertAccessible();
        }
        assertTrue(awaitMails(email, 2).stream().anyMatch(m -> m.contains("已答复")));
    }

    @Test
    void anOfficerRegistersAPostedApplicationAndSendsTheCorrectionNoticeInTheBrowser() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, wait, "officer");
            driver.get(base() + "/staff/request-register");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:receivedOn")));
            new Select(driver.findElement(By.id("register:channel"))).selectByValue("MAIL");
            driver.findElement(By.id("register:name")).sendKeys("赵来信");
            driver.findElement(By.id("register:idNumber")).sendKeys(idNumber());
            driver.findElement(By.id("register:address")).sendKeys("示范市人民路1号");
            driver.findElement(By.id("register:description")).sendKeys("请公开本机关2025年政府采购合同目录");
            new Select(driver.findElement(By.id("register:deliveryForm"))).selectByValue("PAPER");
            new Select(driver.findElement(By.id("register:deliveryMethod"))).selectByValue("POST");
            driver.findElement(By.id("register:submit")).click();

            // the form has no organ to choose: the officer's own organ is taken, and the receipt is shown
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
            String code = driver.findElement(By.id("tracking-code")).getText().strip();
            assertTrue(driver.findElement(By.id("receipt-form:receipt-pdf")).isDisplayed(), "the receipt to hand or post");
            assertEquals("000014349", api().as("officer").get("/api/v1/staff/requests/" + code).object()
                    .getString("organ"));
            browser.assertAccessible();

            driver.get(base() + "/staff/request?code=" + code);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supplementation:sentOn")));
            driver.findElement(By.id("supplementation:items")).sendKeys("请补充所需采购合同的项目名称或时间范围");
            WebElement deadline = driver.findElement(By.id("supplementation:deadline"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2026-03-06'", deadline);
            browser.assertAccessible();
            driver.findElement(By.id("supplementation:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "补正告知已发出"));
            assertEquals("补正告知已发出。", driver.findElement(By.cssSelector("#page-messages li.gk-info")).getText(),
                    "a success is styled as a notice, not as an error");
            assertEquals("AWAITING_SUPPLEMENT", api().as("officer").get("/api/v1/staff/requests/" + code).object()
                    .getString("status"));
        }
    }

    private void signIn(WebDriver driver, WebDriverWait wait, String user) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-welcome")));
    }

    /** An editor publishes an entry through the review; answers its index number. */
    private String publishCatalogueEntry(String title) {
        Reply created = api().as("editor").post("/api/v1/staff/catalogue", """
                {"title":"%s","docNo":"示政办发〔2026〕7号","writtenOn":"2026-02-01","formedOn":"2026-02-02",
                 "subject":"城乡建设、环境保护/城乡建设","genre":"计划","validity":"有效","keywords":["道路","维修"],
                 "summary":"2025年城市道路维修项目及资金安排。","body":"<p>全市道路维修项目共12项。</p>"}""".formatted(title));
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(200, api().as("editor").post("/api/v1/staff/catalogue/" + id + "/submit", "").status());
        long task = api().as("reviewer").get("/api/v1/staff/reviews?status=PENDING").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("itemId").longValue() == id
                        && "CATALOGUE_ENTRY".equals(t.getString("itemType")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(200, decide(task, "APPROVE").status());
        return api().as("editor").get("/api/v1/staff/catalogue/" + id).object().getString("indexNo");
    }

    // ---------------------------------------------------------------- helpers

    private static final String DEFAULT_ID = "110101199003070011";

    private static String body(String name, String id, String email, String description, String extra) {
        return "{\"organ\":\"000014349\",\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"" + name
                + "\",\"idType\":\"ID_CARD\",\"idNumber\":\"" + id + "\",\"phone\":\"13800138000\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + ",\"address\":\"长沙市岳麓区麓山南路1号\"},\"description\":\"" + description + "\",\"docNo\":null,"
                + "\"delivery\":{\"form\":\"ELECTRONIC\",\"method\":\"" + (email == null ? "ONLINE" : "EMAIL") + "\"}"
                + (extra == null ? "" : "," + extra) + "}";
    }

    private static String registration(String receivedOn, String channel) {
        return body("张三", DEFAULT_ID, "zhang@example.cn", "请公开2025年本机关行政事业性收费项目清单",
                (channel == null ? "" : "\"channel\":\"" + channel + "\",") + "\"receivedOn\":\"" + receivedOn + "\"");
    }

    private JsonObject register(String receivedOn) {
        Reply registered = officer().post("/api/v1/staff/requests",
                registration(receivedOn, "MAIL").replace(DEFAULT_ID, idNumber()));
        assertEquals(201, registered.status(), registered::toString);
        return registered.object();
    }

    /** A valid resident identity card number, different each time. */
    private static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "4301041985" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** An applicant filing online from an address of its own: a fresh filing window (see TestClients). */
    private Api filer() {
        return api().header(TestClients.HEADER, TestClients.fresh());
    }

    private Api officer() {
        return api().as("officer");
    }

    private Api applicant(String passcode) {
        return api().header("X-Passcode", passcode);
    }

    private Reply decide(long task, String decision) {
        return api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"" + decision + "\",\"reason\":\"经审查，不涉及国家秘密和个人隐私。\"}");
    }

    private static List<String> types(JsonObject view) {
        return view.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("type")).toList();
    }

    private static JsonObject event(JsonObject view, String type) {
        return view.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> type.equals(e.getString("type"))).findFirst()
                .orElseThrow(() -> new AssertionError(type + " not in " + view.getJsonArray("events")));
    }

    private static JsonObject item(JsonArray queue, String code) {
        return queue.stream().map(JsonValue::asJsonObject).filter(i -> code.equals(i.getString("trackingCode")))
                .findFirst().orElseThrow(() -> new AssertionError(code + " not in the queue"));
    }

    private List<String> eventsOf(String code, String type) {
        return officer().get("/api/v1/staff/requests/" + code).object().getJsonArray("history").stream()
                .map(JsonValue::asJsonObject).filter(e -> type.equals(e.getString("type")))
                .map(e -> e.getString("detail")).toList();
    }

    private HttpResponse<byte[]> bytes(String path, String passcode) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("X-Passcode", passcode).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> awaitMails(String address, int atLeast) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> messages = TestMail.to(address);
            if (messages.size() >= atLeast) {
                return messages.stream().map(TestMail::text).toList();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + atLeast + " e-mails to " + address + ": "
                + TestMail.to(address).stream().map(TestMail::text).toList());
    }

    /** Neither the history nor the review holds the applicant's personal data. */
    private static void assertNoPersonalDataRecorded(String code, String... personal) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement history = connection.prepareStatement("select coalesce(string_agg(e.detail, ' | '), '') "
                     + "from audit_event e join disclosure_request r on e.item_id = r.id::text "
                     + "and e.item_type = 'DISCLOSURE_REQUEST' where r.tracking_code = ?");
             PreparedStatement reviews = connection.prepareStatement("select coalesce(string_agg(t.scanned_text || t.title, ' | '), '') "
                     + "from review_task t join disclosure_request r on t.item_id = r.id and t.item_type = 'REPLY_LETTER' "
                     + "where r.tracking_code = ?")) {
            for (PreparedStatement statement : List.of(history, reviews)) {
                statement.setString(1, code);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    String recorded = rows.getString(1);
                    for (String data : personal) {
                        assertFalse(recorded.contains(data), "recorded: " + recorded);
                    }
                }
            }
        }
    }

    /** The applicant's columns of a request as stored, not through the portal. */
    private static Map<String, String> rawApplicant(String code) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement select = connection.prepareStatement("select applicant_name, id_number, phone, email, "
                     + "address, applicant_key, applicant_name_key from disclosure_request where tracking_code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), code);
                Map<String, String> columns = new java.util.HashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i), row.getString(i));
                }
                return columns;
            }
        }
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static long count(String sql) {
        try (Connection connection = TestDatabase.connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A POST over a connection from a chosen loopback address, so that the rate limit of one
     * client address is tested without touching the others. Answers status, Retry-After and body.
     */
    private String[] rawPost(String from, String path, String json) throws IOException {
        URI uri = URI.create(base());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + uri.getPort()
                    + "\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            String status = response.substring(9, 12);
            String retryAfter = response.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase().startsWith("retry-after:"))
                    .map(line -> line.substring(12).strip()).findFirst().orElse("0");
            int headersEnd = response.indexOf("\r\n\r\n");
            return new String[]{status, retryAfter, headersEnd < 0 ? response : response.substring(headersEnd + 4)};
        }
    }
}
