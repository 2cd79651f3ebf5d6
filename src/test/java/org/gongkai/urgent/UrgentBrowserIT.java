package org.gongkai.urgent;

import org.gongkai.testing.BrowserDeployment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Urgent information in a real browser, on the test server's clock (10:00 in Beijing): a unit's
 * information officer reports an incident and sees its deadline at once, the duty desk logs the
 * phone call on the board, and the board shows the minutes left.
 */
class UrgentBrowserIT extends BrowserDeployment {

    @Test
    void anOfficerFilesTheDutyDeskLogsThePhoneCallAndTheBoardShowsTheMinutesLeft() {
        String title = "示范市实验小学围墙倒塌（浏览器" + System.nanoTime() % 100000 + "）";
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        driver.manage().deleteAllCookies();
        signIn(driver, wait, "infoofficer");
        driver.get(base() + "/staff/urgent");
        browser.assertAccessible();
        driver.findElement(By.id("incident:title")).sendKeys(title);
        new Select(driver.findElement(By.id("incident:grade"))).selectByValue("LARGER");
        driver.findElement(By.id("incident:category")).sendKeys("校园安全");
        driver.findElement(By.id("incident:place")).sendKeys("示范市实验小学东侧");
        driver.findElement(By.id("incident:summary")).sendKeys("暴雨致围墙倒塌，无学生在场");
        driver.findElement(By.id("incident:casualties")).sendKeys("无人员伤亡");
        driver.findElement(By.id("incident:measures")).sendKeys("已设置警戒线");
        driver.findElement(By.id("incident:open")).click();
        // learnedAt and occurredAt are filled in with the present minute: 120 minutes left
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "剩余 120 分钟"));
        assertTrue(driver.findElement(By.id("list:incidents")).getText().contains(title), "in the unit's list");

        driver.manage().deleteAllCookies();
        signIn(driver, wait, "infoeditor");
        driver.get(base() + "/staff/urgent-board");
        browser.assertAccessible();
        WebElement row = boardRow(driver, title);
        assertTrue(row.getText().contains("剩余 120 分钟"), row.getText());
        assertTrue(row.getText().contains("未来电"), row.getText());

        new Select(driver.findElement(By.id("phone:incident"))).selectByVisibleText(title + "（000014350）");
        driver.findElement(By.id("phone:caller")).sendKeys("吴信息");
        driver.findElement(By.id("phone:receivedBy")).sendKeys("值班员 冯某");
        driver.findElement(By.id("phone:log")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phone"), "电话报告已登记"));
        WebElement logged = boardRow(driver, title);
        assertTrue(logged.getText().contains("吴信息"), logged.getText());
        assertTrue(logged.getText().contains("剩余 120 分钟"), "the phone call does not stop the clock");
    }

    private static WebElement boardRow(WebDriver driver, String title) {
        return driver.findElements(By.cssSelector("#boardForm\\:board tbody tr")).stream()
                .filter(tr -> tr.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not on the board: "
                        + driver.findElement(By.id("boardForm:board")).getText()));
    }

    private void signIn(WebDriver driver, WebDriverWait wait, String user) {
        browser.signIn(base(), user, "gongkai-demo", null);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-welcome")));
    }
}
