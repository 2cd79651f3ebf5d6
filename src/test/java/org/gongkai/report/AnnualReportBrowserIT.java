package org.gongkai.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.testing.Api;
import org.gongkai.testing.BrowserDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the browser: an officer opens the statistics and the annual report of 2025, downloads the PDF
 * and the CSV, writes the overview and sends the report to the confidentiality review; a reviewer
 * approves it, and the public finds it in the 公开年报 column laid out like the published reports.
 */
class AnnualReportBrowserIT extends BrowserDeployment {

    @Test
    void anOfficerSendsTheReportToReviewAReviewerApprovesItAndThePublicReadsIt() throws Exception {
        seed2025();
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        signIn(driver, wait, "officer");
        driver.get(base() + "/staff/statistics?year=2025");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("series-received")));
        assertTrue(driver.findElement(By.cssSelector("#series-received canvas")) != null, "a chart");
        String table = driver.findElement(By.cssSelector("#series-received table")).getText();
        assertTrue(table.contains("信函") && table.contains("合计"), table);
        browser.assertAccessible();
        HttpResponse<String> statisticsCsv = download(driver, driver.findElement(By.id("statistics-csv")).getAttribute("href"));
        assertEquals(200, statisticsCsv.statusCode());
        assertTrue(statisticsCsv.body().contains("每月收到申请"), statisticsCsv.body());

        driver.get(base() + "/staff/annual-report?year=2025");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reconciled")));
        String page = driver.findElement(By.id("section-三")).getText();
        assertTrue(page.contains("本年新收政府信息公开申请数量") && page.contains("法律服务机构"), page);
        browser.assertAccessible();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(request(driver,
                driver.findElement(By.id("download-pdf")).getAttribute("href")), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("2025年政府信息公开工作年度报告"));
        }
        HttpResponse<String> csv = download(driver, driver.findElement(By.id("download-csv3")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("\"四、结转下年度继续办理\""), csv.body());

        driver.findElement(By.id("report:drafts")).click();
        wait.until(ExpectedConditions.textToBePresentInElementValue(By.id("report:overview"), "新收政府信息公开申请"));
        driver.findElement(By.id("report:licensing")).clear();
        driver.findElement(By.id("report:licensing")).sendKeys("8");
        driver.findElement(By.id("report:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:messages"), "已保存"));
        driver.findElement(By.id("report:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:messages"), "保密审查"));
        assertTrue(driver.findElement(By.id("report-state")).getText().contains("保密审查中"));

        signIn(driver, wait, "reviewer");
        driver.get(base() + "/staff/reviews");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("2025年政府信息公开工作年度报告"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision:approve")));
        driver.findElement(By.id("decision:reason")).sendKeys("经审查，不涉及国家秘密和个人隐私，同意公开。");
        driver.findElement(By.id("decision:approve")).click();
        wait.until(ExpectedConditions.urlContains("/staff/reviews"));

        driver.manage().deleteAllCookies();
        driver.get(base() + "/reports");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("2025年政府信息公开工作年度报告"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-三")));
        String published = driver.findElement(By.tagName("main")).getText();
        assertTrue(published.contains("四、结转下年度继续办理") && published.contains("行政许可"), published);
        assertTrue(driver.findElement(By.id("section-二")).getText().contains("8"), "the figure the officer entered");
        browser.assertAccessible();
        driver.get(base() + "/statistics");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("按期办结"));
        browser.assertAccessible();
    }

    /** A few requests of 2025 of the demo organ, straight into the database, closed or carried into 2026. */
    private static void seed2025() throws Exception {
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into disclosure_request (tracking_code, organ_code, channel, passcode_salt, passcode_hash, applicant_type,"
                        + " applicant_category, applicant_name, id_type, id_number, credit_code, applicant_key, description,"
                        + " delivery_form, delivery_method, submitted_at, received_on, first_received_on, status, due_on,"
                        + " outcome, outcome_reason, closed_on) values (?, '000014349', 'MAIL', repeat('0', 32), repeat('0', 64), ?, ?,"
                        + " 'seeded', ?, ?, ?, repeat('1', 64), '年报浏览器测试', 'ELECTRONIC', 'POST', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String[][] rows = {{"GRANTED", null}, {"REFUSED", "PROCESS_INFORMATION"}, {"NOT_PROCESSED", "REPEAT_APPLICATION"}, {null, null}};
            String[] categories = {null, "LEGAL_SERVICE_ORG", "COMMERCIAL_ENTERPRISE", null};
            for (int i = 0; i < rows.length; i++) {
                LocalDate received = LocalDate.of(2025, 3 + i, 10);
                boolean person = categories[i] == null;
                insert.setString(1, "BR-2025-" + i);
                insert.setString(2, person ? "NATURAL_PERSON" : "LEGAL_PERSON");
                insert.setString(3, categories[i]);
                insert.setString(4, person ? "ID_CARD" : null);
                insert.setString(5, person ? "seeded" : null);
                insert.setString(6, person ? null : "seeded");
                insert.setObject(7, received.atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)));
                insert.setObject(8, received);
                insert.setObject(9, received);
                insert.setString(10, rows[i][0] == null ? "PROCESSING" : "CLOSED");
                insert.setObject(11, received.plusDays(28));
                insert.setString(12, rows[i][0]);
                insert.setString(13, rows[i][1]);
                insert.setObject(14, rows[i][0] == null ? null : received.plusDays(12));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void signIn(WebDriver driver, WebDriverWait wait, String user) {
        browser.signIn(base(), user, Api.DEMO_PASSWORD, null);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-welcome")));
    }

    /** A download with the browser's own session, as a click on the link would make it. */
    private static HttpRequest request(WebDriver driver, String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build();
    }

    private static HttpResponse<String> download(WebDriver driver, String href) throws Exception {
        return HttpClient.newHttpClient().send(request(driver, href), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unused")
    private static String names(java.util.Set<Cookie> cookies) {
        return cookies.toString();
    }
}
