package org.gongkai.catalogue;

import jakarta.json.JsonObject;
import org.gongkai.testing.Api;
import org.gongkai.testing.BrowserDeployment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People in a real browser: a citizen browsing and searching the catalogue; a reviewer approving. */
class CatalogueBrowserIT extends BrowserDeployment {

    @Test
    void citizenBrowsesBySubjectAndSearchesForEducation() {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base() + "/");
        driver.findElement(By.linkText("公开目录")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
        browser.assertAccessible();

        driver.findElement(By.partialLinkText("科技、教育")).click();
        wait(driver).until(ExpectedConditions.urlContains("subject="));
        assertTrue(driver.getPageSource().contains("关于做好2026年义务教育阶段招生入学工作的通知"));
        assertFalse(driver.getPageSource().contains("最低生活保障标准调整公告"), "other subjects are filtered out");

        driver.get(base() + "/catalogue");
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("教育");
        search.submit();
        wait(driver).until(ExpectedConditions.urlContains("q="));
        String page = driver.findElement(By.className("gk-result-list")).getText();
        assertTrue(page.contains("义务教育阶段招生入学"), "a 2-character word finds the entries");
        assertEquals("教育", driver.findElement(By.cssSelector(".gk-result-list mark")).getText(), "matches are highlighted");
        assertTrue(page.contains("青年就业创业工作的意见"), "keywords count too");
        assertFalse(page.contains("最低生活保障标准调整公告"));
        browser.assertAccessible();

        driver.findElement(By.partialLinkText("义务教育阶段招生入学")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("gk-entry-meta")));
        assertTrue(driver.findElement(By.className("gk-entry-meta")).getText().contains("索引号"));
        browser.assertAccessible();

        // the article tools: 字号 大/中/小 without script, 打印 from a static script under the strict CSP
        WebElement body = driver.findElement(By.className("gk-entry-body"));
        double medium = Double.parseDouble(body.getCssValue("font-size").replace("px", ""));
        driver.findElement(By.cssSelector("label[for='font-large']")).click();
        double large = Double.parseDouble(body.getCssValue("font-size").replace("px", ""));
        driver.findElement(By.cssSelector("label[for='font-small']")).click();
        double small = Double.parseDouble(body.getCssValue("font-size").replace("px", ""));
        assertTrue(large > medium && medium > small, "大 " + large + " > 中 " + medium + " > 小 " + small);
        assertTrue(wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("article-print"))).isDisplayed(),
                "the print button is wired by the static script, which the CSP lets run");
        browser.assertAccessible();
    }

    @Test
    void reviewerSeesTheHighlightedIdNumberApprovesAndTheEntryAppears() {
        Api editor = api().as("editor");
        String title = "关于表彰2025年度优秀志愿者的通报";
        String body = CatalogueIT.form(title, "其他").replace("<script>alert(1)</script>",
                "<p>志愿者李四，身份证号110101199003070011。</p>");
        long id = editor.post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        assertEquals(200, editor.post("/api/v1/staff/catalogue/" + id + "/submit", "").status());

        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login?next=/staff/reviews");
        driver.findElement(By.id("username")).sendKeys("reviewer");
        driver.findElement(By.id("password")).sendKeys("gongkai-demo");
        driver.findElement(By.id("signIn")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
        browser.assertAccessible();

        driver.findElement(By.linkText(title)).click();
        WebElement mark = wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#scanned-text mark.gk-finding-ID_NUMBER")));
        assertEquals("110101199003070011", mark.getText());
        assertTrue(driver.findElement(By.id("review-plan")).getText().contains("（reviewer）"), "who decides is shown upfront");
        browser.assertAccessible();

        driver.findElement(By.id("decision:reason")).sendKeys("已核实为公开表彰信息，同意公开。");
        driver.findElement(By.id("decision:approve")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "尚未处理"));
        assertTrue(driver.getCurrentUrl().contains("/staff/review"), "not approved while a finding is open");
        driver.findElement(By.id("decision:findings:0:accept")).sendKeys("本人同意公开表彰信息。");
        driver.findElement(By.id("decision:approve")).click();
        wait(driver).until(ExpectedConditions.urlContains("/staff/reviews"));

        JsonObject detail = editor.get("/api/v1/staff/catalogue/" + id).object();
        assertEquals("PUBLISHED", detail.getString("status"));
        driver.get(base() + "/catalogue/" + detail.getString("indexNo"));
        assertTrue(driver.getPageSource().contains(title), "the approved entry is on the public site");
    }

    @Test
    void aReviewerWhoMayNotDecideTheStepIsToldSoAndGetsNoForm() {
        Api editor = api().as("editor");
        String title = "关于2026年安全生产检查的通知（第二步）";
        String body = CatalogueIT.form(title, "综合政务").replace("\"sensitive\":false", "\"sensitive\":true");
        long id = editor.post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        assertEquals(200, editor.post("/api/v1/staff/catalogue/" + id + "/submit", "").status());
        long task = api().as("reviewer").get("/api/v1/staff/reviews").json().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(t -> t.getString("title").equals(title)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, api().as("reviewer").post("/api/v1/staff/reviews/" + task + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"初审同意。\"}").status());

        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login?next=" + CatalogueIT.url("/staff/review?id=" + task));
        driver.findElement(By.id("username")).sendKeys("reviewer");
        driver.findElement(By.id("password")).sendKeys("gongkai-demo");
        driver.findElement(By.id("signIn")).click();
        WebElement refusal = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cannot-decide")));

        assertTrue(refusal.getText().contains("不同人员"), refusal.getText());
        assertTrue(driver.findElements(By.id("decision:reason")).isEmpty(), "no form to write an opinion in");
        assertTrue(driver.findElement(By.id("review-plan")).getText().contains("reviewer"), "the first step's decider is shown");
        browser.assertAccessible();
    }

    @Test
    void anEditorFormatsTheBodyInTheRichTextEditorAndTheServerKeepsOnlySafeHtml() {
        Api editor = api().as("editor");
        String body = CatalogueIT.form("关于富文本编辑测试的通知", "其他");
        long id = editor.post("/api/v1/staff/catalogue", body).object().getJsonNumber("id").longValue();
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login?next=" + CatalogueIT.url("/staff/catalogue-edit?id=" + id));
        driver.findElement(By.id("username")).sendKeys("editor");
        driver.findElement(By.id("password")).sendKeys("gongkai-demo");
        driver.findElement(By.id("signIn")).click();
        WebElement editorArea = wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
        browser.assertAccessible();

        editorArea.click();
        editorArea.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
        editorArea.sendKeys(org.openqa.selenium.Keys.ENTER);
        editorArea.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"));
        editorArea.sendKeys("加粗的一段话");
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("entry:save")).click();
        wait(driver).until(ExpectedConditions.stalenessOf(before));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已保存"));

        String stored = editor.get("/api/v1/staff/catalogue/" + id).object().getString("body");
        assertTrue(stored.contains("<strong>加粗的一段话</strong>"), stored);
        assertFalse(stored.contains("<script"), "the server keeps only the whitelisted HTML: " + stored);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
