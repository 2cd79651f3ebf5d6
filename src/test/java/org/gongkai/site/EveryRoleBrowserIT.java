package org.gongkai.site;

import jakarta.json.JsonObject;
import org.gongkai.testing.Api;
import org.gongkai.testing.BrowserDeployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every role's pages in a real browser, at a desktop width (1280 px) and a phone width (375 px),
 * with axe-core reporting no serious or critical violation on any of them: the citizen, the
 * applicant, the editor, the reviewer, the officer, the leader and the administrators.
 */
class EveryRoleBrowserIT extends BrowserDeployment {

    private static final List<Integer> WIDTHS = List.of(1280, 375);

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
    }

    @Test
    void theCitizensPages() {
        String indexNo = api().get("/api/v1/catalogue?size=1").object().getJsonArray("items").getJsonObject(0)
                .getString("indexNo");
        walk(null, "/", "/catalogue", "/catalogue?q=" + url("教育"), "/catalogue/" + indexNo, "/guide/", "/calendar",
                "/apply", "/track", "/reports", "/login");
    }

    @Test
    void theApplicantsPages() {
        JsonObject receipt = api().post("/api/v1/requests", """
                {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"钱七","idType":"ID_CARD",
                 "idNumber":"110101199003070011","phone":"13700137000","address":"示范市人民路1号"},
                 "description":"请公开示范市2025年城市公园建设项目的招标文件","docNo":null,
                 "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""").object();
        WebDriver driver = browser.driver();
        for (int width : WIDTHS) {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get(base() + "/track");
            driver.findElement(By.id("track:code")).sendKeys(receipt.getString("trackingCode"));
            driver.findElement(By.id("track:passcode")).sendKeys(receipt.getString("passcode"));
            driver.findElement(By.id("track:open")).click();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
            browser.assertAccessible();
        }
    }

    @Test
    void theEditorsPages() {
        long id = api().as("editor").get("/api/v1/staff/catalogue").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        walk("editor", "/staff/", "/staff/catalogue", "/staff/catalogue-edit", "/staff/catalogue-edit?id=" + id);
    }

    @Test
    void theReviewersAndTheLeadersPages() {
        Api editor = api().as("editor");
        long id = editor.post("/api/v1/staff/catalogue", """
                {"title":"关于各角色页面无障碍检查的通知","docNo":null,"writtenOn":"2026-02-01","formedOn":"2026-02-02",
                 "subject":"其他","genre":"通知","validity":"有效","keywords":["检查"],
                 "summary":"无障碍检查。","body":"<p>联系人张三，电话13812345678。</p>","disclosureMode":"主动公开",
                 "sensitive":true}""").object().getJsonNumber("id").longValue();
        assertEquals(200, editor.post("/api/v1/staff/catalogue/" + id + "/submit", "").status());
        long task = api().as("reviewer").get("/api/v1/staff/reviews").json().asJsonArray().stream()
                .map(value -> value.asJsonObject())
                .filter(t -> t.getJsonNumber("itemId").longValue() == id && "CATALOGUE_ENTRY".equals(t.getString("itemType")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        walk("reviewer", "/staff/", "/staff/reviews", "/staff/review?id=" + task);
        walk("leader", "/staff/", "/staff/reviews", "/staff/review?id=" + task, "/staff/requests");
    }

    @Test
    void theOfficersPages() {
        String code = api().as("officer").post("/api/v1/staff/requests", """
                {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"孙八","idType":"ID_CARD",
                 "idNumber":"110101199003070011","phone":"13600136000","address":"示范市解放路2号"},
                 "description":"请公开示范市2025年道路交通事故统计数据","docNo":null,
                 "delivery":{"form":"PAPER","method":"POST"},"channel":"MAIL","receivedOn":"2026-02-12"}""")
                .object().getString("trackingCode");
        walk("officer", "/staff/", "/staff/requests", "/staff/request?code=" + code, "/staff/request-register");
    }

    @Test
    void theAdministratorsPages() {
        walk("admin", "/staff/", "/staff/admin/organs", "/staff/admin/terms", "/staff/admin/calendar", "/staff/admin/chains");
        walk("secadmin", "/staff/", "/staff/admin/users");
        walk("auditor", "/staff/", "/staff/audit");
    }

    /** Signs in (unless {@code user} is null) and checks each page at each width. */
    private void walk(String user, String... paths) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 1024));
        if (user != null) {
            driver.get(base() + "/login");
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
            driver.findElement(By.id("signIn")).click();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("staff-welcome")));
        }
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String path : paths) {
                driver.get(base() + path);
                wait(driver).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
                assertFalse(driver.getPageSource().contains("无权访问"), user + " may open " + path);
                browser.assertAccessible();
            }
        }
    }

    private static String url(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
