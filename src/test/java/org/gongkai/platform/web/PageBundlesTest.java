package org.gongkai.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages of the UI say everything: no key of one bundle is missing from the other. */
class PageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PageBundlesTest.class.getResourceAsStream("/org/gongkai/platform/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages_zh.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "missing in English");
        assertEquals(Set.of(), onlyEn, "missing in Chinese");
    }

    @Test
    void everyFieldTheServerNamesInARefusalHasAChineseLabel() throws IOException {
        Properties zh = load("messages_zh.properties");
        for (String field : Set.of("sentOn", "deadline", "items", "reason", "subject", "organ", "receivedOn",
                "answeredOn", "workingDays", "outcome", "text", "title", "genre", "validity")) {
            String label = zh.getProperty("field." + field);
            assertTrue(label != null && label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), field + " → " + label);
        }
    }
}
