package org.gongkai.account;

import org.gongkai.testing.BrowserDeployment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in a real browser: the Chinese home page, signing in as an officer, friendly refusals. */
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
}
