package org.gongkai.account;

import org.gongkai.testing.Api;
import org.gongkai.testing.BrowserDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person in a real browser: the Chinese home page, signing in as an officer, friendly refusals,
 * an administrator managing staff accounts, organs, the sensitive-term list, the working-day calendar
 * and review chains.
 */
class StaffSignInBrowserIT extends BrowserDeployment {

    @Test
    void officerSignsInAndReachesTheStaffHome() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();

        driver.get(base() + "/");
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.getPageSource().contains("示范市人民政府办公室"), "demo content on the home page");
        browser.assertAccessible();

        driver.get(base() + "/staff/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        browser.assertAccessible();

        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("gongkai-demo");
        driver.findElement(By.id("signIn")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("staff-welcome")));
        assertTrue(driver.getCurrentUrl().endsWith("/staff/"), driver.getCurrentUrl());
        assertEquals("您好，李经办", driver.findElement(By.id("staff-welcome")).getText());
        assertTrue(driver.getPageSource().contains("依申请公开经办人"));
        browser.assertAccessible();

        driver.get(base() + "/staff/admin/");
        assertTrue(driver.getPageSource().contains("无权访问"), "an officer gets the friendly 403 page");
        browser.assertAccessible();
    }

    @Test
    void theSecurityAdministratorAddsAStaffUserWhoThenSignsIn() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        WebDriverWait wait = patientWait(driver);
        signIn(driver, wait, "secadmin", "gongkai-demo");

        driver.get(base() + "/staff/admin/users");
        assertTrue(driver.findElement(By.id("user-list")).getText().contains("李经办"), "the demo officer is listed");
        browser.assertAccessible();

        // without a role nothing is stored, and the page says why
        driver.findElement(By.id("users:username")).sendKeys("wang.bianji");
        driver.findElement(By.id("users:displayName")).sendKeys("王编辑");
        new Select(driver.findElement(By.id("users:organ"))).selectByValue("000014349");
        driver.findElement(By.id("users:password")).sendKeys("wang-bianji-2026");
        submitAndAwaitTheNewPage(driver, wait, By.id("users:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), "至少选择一个角色"));
        assertFalse(driver.findElement(By.id("user-list")).getText().contains("wang.bianji"));

        driver.findElement(By.id("users:password")).sendKeys("wang-bianji-2026");
        driver.findElements(By.cssSelector("input[name='users:roles']")).stream()
                .filter(box -> "EDITOR".equals(box.getAttribute("value"))).findFirst().orElseThrow().click();
        submitAndAwaitTheNewPage(driver, wait, By.id("users:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), "已新增用户 wang.bianji"));
        assertTrue(driver.findElement(By.id("user-list")).getText().contains("王编辑"));
        browser.assertAccessible();

        submitAndAwaitTheNewPage(driver, wait, By.cssSelector(".gk-logout button"));
        wait.until(ExpectedConditions.urlToBe(base() + "/"));
        signIn(driver, wait, "wang.bianji", "wang-bianji-2026");
        assertEquals("您好，王编辑", driver.findElement(By.id("staff-welcome")).getText());
        assertTrue(driver.getPageSource().contains("信息编辑"));
    }

    @Test
    void eachRoleFindsItsToDoListOnTheStaffHome() {
        // an application posted almost a year ago and registered now: long past its 20 working days (Art. 33)
        Api.Reply registered = api().as("officer").post("/api/v1/staff/requests", "{\"organ\":\"000014349\","
                + "\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"张三\",\"idType\":\"ID_CARD\","
                + "\"idNumber\":\"110101199003070011\",\"phone\":\"13800138000\",\"address\":\"长沙市岳麓区麓山南路1号\"},"
                + "\"description\":\"请公开2025年本机关行政事业性收费项目清单\",\"docNo\":null,"
                + "\"delivery\":{\"form\":\"PAPER\",\"method\":\"POST\"},\"channel\":\"MAIL\",\"receivedOn\":\"2025-04-01\"}");
        assertEquals(201, registered.status(), registered::toString);
        Api.Reply draft = api().as("editor").post("/api/v1/staff/catalogue", """
                {"title":"关于待办事项测试的通知","docNo":null,"writtenOn":"2026-02-01","formedOn":"2026-01-05",
                 "subject":"其他","genre":"通知","validity":"有效","keywords":["待办"],
                 "summary":"待办事项测试。","body":"<p>待办事项测试。</p>","disclosureMode":"主动公开","sensitive":false}""");
        assertEquals(201, draft.status(), draft::toString);
        WebDriver driver = browser.driver();
        WebDriverWait wait = patientWait(driver);

        driver.manage().deleteAllCookies();
        signIn(driver, wait, "officer", "gongkai-demo");
        List<WebElement> officerLines = driver.findElements(By.cssSelector("#todo li"));
        assertTrue(officerLines.get(0).getText().contains("已超过答复期限"), "overdue first: " + officerLines.get(0).getText());
        assertTrue(officerLines.get(0).getAttribute("class").contains("gk-overdue"));
        browser.assertAccessible();

        driver.manage().deleteAllCookies();
        signIn(driver, wait, "editor", "gongkai-demo");
        String editorList = driver.findElement(By.id("todo")).getText();
        assertTrue(editorList.contains("草稿待送审"), editorList);
        assertTrue(editorList.contains("已超过自形成之日起20个工作日"), "formed 5 January, not published: " + editorList);
        assertFalse(editorList.contains("答复期限"), "an editor handles no requests: " + editorList);

        driver.manage().deleteAllCookies();
        signIn(driver, wait, "auditor", "gongkai-demo");
        assertTrue(driver.findElement(By.id("todo-none")).isDisplayed(), "nothing waits for the auditor");
    }

    @Test
    void theAuditorSearchesTheTrailAndVerifiesIt() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        WebDriverWait wait = patientWait(driver);
        signIn(driver, wait, "auditor", "gongkai-demo");

        driver.get(base() + "/staff/audit");
        browser.assertAccessible();
        driver.findElement(By.id("actor")).sendKeys("system");
        driver.findElement(By.id("itemType")).sendKeys("STAFF_USER");
        driver.findElement(By.id("verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-verification")));
        assertTrue(driver.findElement(By.id("audit-verification")).getText().contains("审计记录完整"));
        assertTrue(driver.findElement(By.id("audit-list")).getText().contains("USER_CREATED"), "the seeded accounts");
        browser.assertAccessible();

        driver.get(base() + "/staff/admin/organs");
        assertTrue(driver.getPageSource().contains("无权访问"), "the auditor does no system administration");
    }

    @Test
    void anAdministratorAddsASensitiveTermTheReviewLooksFor() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        WebDriverWait wait = patientWait(driver);
        signIn(driver, wait, "admin", "gongkai-demo");

        driver.get(base() + "/staff/admin/terms");
        browser.assertAccessible();
        driver.findElement(By.id("terms:list")).sendKeys("\n浏览器测试用敏感词\n\n");
        driver.findElement(By.id("terms:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terms"), "敏感词表已保存"));
        assertTrue(api().as("reviewer").get("/api/v1/staff/sensitive-terms").body().contains("浏览器测试用敏感词"));
        browser.assertAccessible();
    }

    @Test
    void anAdministratorEntersNextYearsHolidayNoticeAndDeadlinesFollowIt() throws SQLException {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        WebDriverWait wait = patientWait(driver);
        signIn(driver, wait, "admin", "gongkai-demo");
        try {
            driver.get(base() + "/staff/admin/calendar?year=2028");
            assertTrue(driver.findElement(By.id("calendar-state")).getText().contains("尚未录入"));
            browser.assertAccessible();

            // a make-up working day on a weekday is refused, and nothing is stored
            driver.findElement(By.id("calendar:holidays")).sendKeys("2028-01-01 元旦\n2028-01-26 至 2028-02-01 春节");
            driver.findElement(By.id("calendar:workdays")).sendKeys("2028-01-24 春节调休");
            driver.findElement(By.id("calendar:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar"), "调休上班日须为星期六或星期日"));
            assertFalse(api().as("admin").get("/api/v1/staff/calendar/2028").object().getBoolean("entered"));

            WebElement workdays = driver.findElement(By.id("calendar:workdays"));
            workdays.clear();
            workdays.sendKeys("2028-01-23 春节调休");
            driver.findElement(By.id("calendar:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar"), "2028年节假日安排已保存"));
            assertEquals("2028-01-01 元旦\n2028-01-26 至 2028-02-01 春节",
                    driver.findElement(By.id("calendar:holidays")).getAttribute("value"));
            browser.assertAccessible();

            // one working day from Tuesday 25 January 2028: the Spring Festival days off are skipped
            assertEquals("2028-02-02", api().get("/api/v1/calendar/due-date?from=2028-01-25&workingDays=1")
                    .object().getString("due"));
        } finally {
            // the database outlives this class's server: leave 2028 unentered for the next IT class
            try (Connection connection = TestDatabase.connect()) {
                connection.createStatement().executeUpdate("delete from calendar_year where year = 2028");
            }
        }
    }

    @Test
    void anAdministratorAddsAnOrganOnceAndAMistypedCodeIsRefused() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        WebDriverWait wait = patientWait(driver);
        signIn(driver, wait, "admin", "gongkai-demo");

        driver.get(base() + "/staff/admin/organs");
        browser.assertAccessible();
        driver.findElement(By.id("organs:code")).sendKeys("11-4403");
        driver.findElement(By.id("organs:name")).sendKeys("示范市交通运输局");
        driver.findElement(By.id("organs:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organs"), "须为 9 至 18 位"));
        assertFalse(driver.findElement(By.id("organ-list")).getText().contains("示范市交通运输局"));

        WebElement code = driver.findElement(By.id("organs:code"));
        code.clear();
        code.sendKeys("000014351");
        driver.findElement(By.id("organs:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organs"), "已添加机关：示范市交通运输局（000014351）"));
        assertTrue(driver.findElement(By.id("organ-list")).getText().contains("示范市交通运输局"));
        assertTrue(api().get("/api/v1/organs").body().contains("000014351"), "listed publicly");
        browser.assertAccessible();

        driver.findElement(By.id("organs:code")).sendKeys("000014351");
        driver.findElement(By.id("organs:name")).sendKeys("重复的机关");
        driver.findElement(By.id("organs:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organs"), "000014351 已存在"));
        assertFalse(driver.findElement(By.id("organ-list")).getText().contains("重复的机关"), "a code is added once");
    }

    @Test
    void anAdministratorSetsAReviewChainOfTwoSteps() throws SQLException {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        WebDriverWait wait = patientWait(driver);
        signIn(driver, wait, "admin", "gongkai-demo");
        try {
            driver.get(base() + "/staff/admin/chains?organ=000014350");
            WebElement replyLetters = driver.findElement(By.xpath("//table[@id='chain-list']/tbody/tr[3]"));
            assertTrue(replyLetters.getText().contains("依申请公开答复告知书"), replyLetters.getText());
            assertTrue(replyLetters.getText().contains("1. 保密审查员") && replyLetters.getText().contains("默认"));
            browser.assertAccessible();

            replyLetters.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.textToBePresentInElementValue(By.id("chains:itemType"), "REPLY_LETTER"));
            new Select(driver.findElement(By.cssSelector("select[id$=':1:step']"))).selectByValue("LEADER");
            driver.findElement(By.id("chains:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chains"), "审查流程已保存"));
            String row = driver.findElement(By.xpath("//table[@id='chain-list']/tbody/tr[3]")).getText();
            assertTrue(row.contains("1. 保密审查员 → 2. 审批领导") && row.contains("已设置"), row);
            assertEquals("REVIEWER,LEADER", chainOf("000014350", "REPLY_LETTER"));
            browser.assertAccessible();
        } finally {
            // the database outlives this class's server: the next IT classes expect the usual chains
            try (Connection connection = TestDatabase.connect()) {
                connection.createStatement().executeUpdate("delete from review_chain where organ_code = '000014350'");
            }
        }
    }

    private static String chainOf(String organ, String itemType) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             java.sql.PreparedStatement query = connection.prepareStatement(
                     "select steps from review_chain where organ_code = ? and item_type = ? and not sensitive")) {
            query.setString(1, organ);
            query.setString(2, itemType);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /**
     * Clicks a button that replaces the page and waits until the old document is gone and the new
     * one is loaded: an element looked up in between would belong to the old document (Chromium:
     * "node does not belong to the document", a plain WebDriverException rather than a stale element).
     */
    private static void submitAndAwaitTheNewPage(WebDriver driver, WebDriverWait wait, By button) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        wait.until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or Chromium's "node does not belong to the document": the old page is gone
                return true;
            }
        });
        wait.ignoring(StaleElementReferenceException.class).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void signIn(WebDriver driver, WebDriverWait wait, String user, String password) {
        driver.get(base() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-welcome")));
    }

    @Test
    void wrongPasswordStaysOnTheLoginFormWithAMessage() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();

        driver.get(base() + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("wrong-password");
        driver.findElement(By.id("signIn")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-messages"), "用户名或密码不正确"));
        browser.assertAccessible();
        driver.get(base() + "/staff/");
        assertTrue(driver.getCurrentUrl().contains("/login"), "still not signed in");
    }

    @Test
    void visitorSwitchesToEnglish() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();

        driver.get(base() + "/");
        driver.findElement(By.linkText("English")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(driver.getPageSource().contains("Open government information"));
        browser.assertAccessible();
    }

    /**
     * A wait that reads the page again when Chromium answers about a page being replaced by an ajax
     * update ("node does not belong to the document", a plain WebDriverException, or a stale
     * element); a real failure still ends in the wait's timeout with its cause.
     */
    private static WebDriverWait patientWait(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
