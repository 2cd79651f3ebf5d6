package org.gongkai.launcher;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyBackupTest {

    @Test
    void aBackupKeepsTheConfigurationButNoSecret() {
        Properties settings = new Properties();
        settings.setProperty("gongkai.theme", "zhengwu");
        settings.setProperty("gongkai.mail.host", "smtp.example.gov.cn");
        settings.setProperty("gongkai.db.user", "gongkai");
        settings.setProperty("gongkai.db.password", "hunter2");
        settings.setProperty("gongkai.admin.password", "a long secret");
        settings.setProperty("gongkai.mail.password", "p");
        settings.setProperty("gongkai.signing.key", "k");
        settings.setProperty("gongkai.api.token", "t");
        settings.setProperty("gongkai.db.url", "jdbc:postgresql://localhost:40185/postgres");
        settings.setProperty("java.home", "/usr/lib/jvm");

        Properties kept = DailyBackup.withoutSecrets(settings);

        assertEquals("zhengwu", kept.getProperty("gongkai.theme"));
        assertEquals("smtp.example.gov.cn", kept.getProperty("gongkai.mail.host"));
        assertEquals("gongkai", kept.getProperty("gongkai.db.user"));
        for (String secret : new String[] {"gongkai.db.password", "gongkai.admin.password", "gongkai.mail.password",
                "gongkai.signing.key", "gongkai.api.token"}) {
            assertFalse(kept.containsKey(secret), secret);
        }
        // The embedded database's address changes at every start; settings of other programs are not ours.
        assertFalse(kept.containsKey("gongkai.db.url"));
        assertFalse(kept.containsKey("java.home"));
        assertEquals(3, kept.size(), kept.toString());
    }

    @Test
    void backupsAreNamedSoThatTheirOrderIsTheirAge() {
        assertTrue(DailyBackup.NAME.matcher("gongkai-20261204-020000").matches());
        assertFalse(DailyBackup.NAME.matcher(".gongkai-20261204-020000.partial").matches());
        assertFalse(DailyBackup.NAME.matcher("gongkai-latest").matches());
    }
}
