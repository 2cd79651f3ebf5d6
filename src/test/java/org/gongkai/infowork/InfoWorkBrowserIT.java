package org.gongkai.infowork;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.testing.Api;
import org.gongkai.testing.BrowserDeployment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two workspaces in a browser: the unit's officer drafts and submits an item, the office's
 * editor adopts it and compiles an issue, whose PDF opens; the ranking shows the unit with its points.
 */
class InfoWorkBrowserIT extends BrowserDeployment {

    @Test
    void anOfficerSubmitsTheEditorAdoptsIntoAnIssueAndTheRankingShowsTheUnit() throws Exception {
        Api admin = api().as("admin");
        assertEquals(201, admin.post("/api/v1/staff/info/publications",
                "{\"code\":\"ZWXXB\",\"name\":\"示范市政务信息\",\"level\":\"COUNTY\",\"public\":false}").status());
        assertEquals(200, admin.put("/api/v1/staff/info/rules/2026",
                "{\"submission\":1,\"adoption\":[{\"publication\":\"ZWXXB\",\"single\":5,\"combined\":3}]}").status());
        String title = "教育局开展寒假校园安全检查";

        WebDriver driver = browser.driver();
        signIn(driver, "infoofficer", "/staff/info/officer");
        browser.assertAccessible();
        driver.findElement(By.id("draft:title")).sendKeys(title);
        driver.findElement(By.id("draft:body")).sendKeys("市教育局对全市中小学开展寒假前安全检查，排查隐患12处。");
        driver.findElement(By.id("draft:save")).click();
        WebElement card = wait(driver).until(ExpectedConditions.presenceOfElementLocated(card(title)));
        card.findElement(By.cssSelector("input[id$='signer']")).sendKeys("王局长");
        card.findElement(By.cssSelector("button[id$='send']")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(card(title), "已报送"));

        signIn(driver, "infoeditor", "/staff/info/editor");
        browser.assertAccessible();
        WebElement incoming = wait(driver).until(ExpectedConditions.presenceOfElementLocated(card(title)));
        assertTrue(incoming.getText().contains("排查隐患12处"), "the officer's original is shown");
        WebElement edited = incoming.findElement(By.cssSelector("textarea[id$='body']"));
        edited.clear();
        edited.sendKeys("市教育局寒假前排查校园安全隐患12处，已全部整改。");
        new Select(incoming.findElement(By.cssSelector("select[id$='publication']"))).selectByValue("ZWXXB");
        incoming.findElement(By.cssSelector("button[id$='adopt']")).click();
        wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(card(title)));

        new Select(driver.findElement(By.id("composer:issuePublication"))).selectByValue("ZWXXB");
        driver.findElement(By.id("composer:load")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("composer:compile"))).click();
        WebElement link = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("issue-pdf")));
        assertTrue(link.getText().contains("2026年第1期"), link.getText());

        HttpResponse<byte[]> pdf = fetch(driver, link.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("示范市政务信息") && text.contains("已全部整改") && text.contains("示范市教育局"), text);
        }

        WebElement row = driver.findElement(By.xpath("//table[@id='ranking-table']//tr[td[2][normalize-space()='示范市教育局']]"));
        assertEquals("6.00", row.findElement(By.xpath("td[3]")).getText(), "1 for the submission, 5 for the single adoption");
        assertEquals("1", row.findElement(By.xpath("td[1]")).getText());
    }

    private static By card(String title) {
        return By.xpath("//div[contains(@class,'gk-card')][h3[normalize-space()='" + title + "']]");
    }

    private void signIn(WebDriver driver, String user, String next) {
        browser.signIn(base(), user, Api.DEMO_PASSWORD, next);
    }

    private static HttpResponse<byte[]> fetch(WebDriver driver, String href) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : driver.manage().getCookies()) {
            cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies.toString()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
