package org.gongkai.consult;

import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.BrowserDeployment;
import org.gongkai.testing.TestClock;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People in a real browser: a citizen writes to the desk, the office assigns the message, the unit
 * answers, a reviewer approves, and the citizen reads the answer with the query code; an editor sees
 * a stale column on the site-health page.
 */
class PublicDeskBrowserIT extends BrowserDeployment {

    @Test
    void aCitizensQuestionIsAssignedAnsweredReviewedAndRead() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base() + "/");
        driver.findElement(By.linkText("答疑台")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("write:title")));
        browser.assertAccessible();
        new Select(driver.findElement(By.id("write:kind"))).selectByValue("CONSULTATION");
        driver.findElement(By.id("write:title")).sendKeys("老年人优待证办理地点");
        driver.findElement(By.id("write:name")).sendKeys("司马光");
        driver.findElement(By.id("write:phone")).sendKeys("13912345678");
        driver.findElement(By.id("write:content")).sendKeys("请问老年人优待证在哪里办理？需要带什么材料？");
        driver.findElement(By.id("write:public")).click();
        driver.findElement(By.id("write:send")).click();
        wait(driver).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("written-code")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages li"))));
        assertFalse(driver.findElements(By.id("written-code")).isEmpty(), () -> driver.findElement(By.id("main")).getText());
        String code = driver.findElement(By.id("written-code")).getText();
        String passcode = driver.findElement(By.id("written-passcode")).getText();
        assertTrue(code.startsWith("ZX2026-"), code);

        signIn(driver, "infoeditor", "/staff/messages");
        driver.findElement(By.linkText(code)).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("assign:organ")));
        browser.assertAccessible();
        assertTrue(driver.findElement(By.id("detail")).getText().contains("13912345678"), "the office may call back");
        new Select(driver.findElement(By.id("assign:organ"))).selectByValue("000014349");
        driver.findElement(By.id("assign:assign-button")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.id("detail-status"), "办理中"));

        signIn(driver, "officer", "/staff/messages");
        driver.findElement(By.linkText(code)).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reply:answer")))
                .sendKeys("您好！老年人优待证可在户籍所在地街道便民服务中心办理，请携带身份证和一寸照片。");
        browser.assertAccessible();
        driver.findElement(By.id("reply:reply-button")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.id("detail-status"), "答复审查中"));

        driver.manage().deleteAllCookies();
        driver.get(base() + "/messages");
        readMine(driver, code, passcode);
        assertEquals("答复审查中", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElements(By.id("answer")).isEmpty(), "no answer before the review approves it");

        signIn(driver, "reviewer", "/staff/reviews");
        driver.findElement(By.linkText("答复：老年人优待证办理地点")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("decision:reason")))
                .sendKeys("不涉及国家秘密和个人信息，同意答复。");
        driver.findElement(By.id("decision:approve")).click();
        wait(driver).until(ExpectedConditions.urlContains("/staff/reviews"));

        driver.manage().deleteAllCookies();
        driver.get(base() + "/messages");
        readMine(driver, code, passcode);
        assertEquals("已答复", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElement(By.id("answer")).getText().contains("便民服务中心"));
        browser.assertAccessible();

        driver.get(base() + "/messages");
        driver.findElement(By.id("search:q")).sendKeys("优待证");
        driver.findElement(By.id("search:find")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("published-heading"), "公开答复"));
        String page = driver.getPageSource();
        assertTrue(page.contains("便民服务中心"), "the published answer");
        assertFalse(page.contains("司马光") || page.contains("13912345678"), "never the writer's name or phone");
    }

    @Test
    void theSiteHealthPageShowsAStaleColumn() {
        Reply created = api().as("admin").post("/api/v1/staff/columns", """
                {"code":"tongzhi-gonggao","name":"通知公告","type":"POLICY","organ":"000014349","editor":"editor","cycleDays":30}""");
        assertEquals(201, created.status(), created::toString);
        long task = api().as("editor").post("/api/v1/staff/columns/tongzhi-gonggao/articles",
                "{\"title\":\"关于春节期间值班安排的通知\",\"body\":\"春节期间值班安排如下。\"}").object()
                .getJsonNumber("reviewTaskId").longValue();
        assertEquals(200, api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"同意发布。\"}").status());
        WebDriver driver = browser.driver();
        driver.get(base() + "/");
        assertTrue(driver.getPageSource().contains("关于春节期间值班安排的通知"), "the home page lists the column's article");
        try {
            TestClock.advance(Duration.between(Instant.parse(TestDatabase.FIXED_CLOCK), Instant.parse("2026-03-20T02:00:00Z")));
            signIn(driver, "editor", "/staff/site-health");
            browser.assertAccessible();
            assertEquals("已超期", driver.findElement(By.id("state-tongzhi-gonggao")).getText(), "35 days idle, a 30-day cycle");
            assertTrue(driver.findElement(By.id("checks")).getText().contains("应更新未更新的栏目"));
        } finally {
            TestClock.reset();
        }
    }

    private void readMine(WebDriver driver, String code, String passcode) {
        driver.findElement(By.id("mine:code")).sendKeys(code);
        driver.findElement(By.id("mine:passcode")).sendKeys(passcode);
        driver.findElement(By.id("mine:open")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
    }

    private void signIn(WebDriver driver, String user, String next) {
        browser.signIn(base(), user, "gongkai-demo", next);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
