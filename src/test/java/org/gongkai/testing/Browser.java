package org.gongkai.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium from Debian ({@code chromium}, {@code chromium-driver}), with axe-core
 * checking each page visited: serious and critical violations fail the test.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("gongkai.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    public Browser() throws java.io.IOException {
        profile = Files.createTempDirectory("gongkai-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Signs {@code user} in through the login form and waits until the browser has left the form
     * and the page it was sent to has loaded: the staff home page, or {@code next} when given.
     * (The login address itself carries {@code next=…}, so waiting for that address alone would
     * not wait at all.)
     */
    public void signIn(String base, String user, String password, String next) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login" + (next == null ? "" : "?next=" + next));
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("signIn")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.getCurrentUrl().contains("/login")
                        && (next == null || d.getCurrentUrl().contains(next))
                        && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }

    /** Runs axe-core on the current page and fails on serious or critical violations. */
    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + blocking.stream()
                    .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    @Override
    public void close() throws java.io.IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
