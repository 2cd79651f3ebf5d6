package org.gongkai.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

/** A deployed portal and one headless Chromium for the test class (see {@link Browser}). */
public abstract class BrowserDeployment extends PortalDeployment {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
