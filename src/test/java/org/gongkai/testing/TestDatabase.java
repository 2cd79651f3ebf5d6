package org.gongkai.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The integration tests' PostgreSQL, started once per test run: the server named by
 * {@code -Dgongkai.test.db.url} when given (the machine's own PostgreSQL), else a fresh embedded
 * PostgreSQL, so that the tests need nothing but a JDK and Maven. It writes the configuration
 * that the Payara Micro under test reads ({@code --systemproperties}), with the in-process SMTP
 * server of {@link TestMail} for e-mail.
 */
public class TestDatabase implements LauncherSessionListener {

    /** When the tests run: Friday 13 February 2026, 10:00 in Beijing, the eve of the Spring Festival. */
    public static final String FIXED_CLOCK = "2026-02-13T02:00:00Z";

    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String testDir = System.getProperty("gongkai.test.dir");
        if (testDir == null || url != null) {
            return; // unit tests need no database
        }
        try {
            start();
            Path dir = Files.createDirectories(Path.of(testDir));
            Properties server = new Properties();
            server.setProperty("gongkai.db.url", url);
            server.setProperty("gongkai.db.user", user);
            server.setProperty("gongkai.db.password", password);
            server.setProperty("gongkai.demo", "true");
            server.setProperty("gongkai.clock.fixed", FIXED_CLOCK);
            server.setProperty("gongkai.data.dir", dir.resolve("data").toAbsolutePath().toString());
            // The search index of this run's database (rebuilt when it meets a new database).
            server.setProperty("gongkai.index.dir", dir.resolve("index").toAbsolutePath().toString());
            // Sign-in locks short enough to watch one end; client addresses from X-Forwarded-For, so
            // that tests can sign in from several addresses (SecurityIT).
            server.setProperty("gongkai.signin.lock-seconds", "4");
            server.setProperty("gongkai.signin.window-seconds", "60");
            server.setProperty("gongkai.signin.address-max-failures", "12");
            server.setProperty("gongkai.requests.client-address-header", "X-Forwarded-For");
            server.setProperty("gongkai.mail.host", "127.0.0.1");
            server.setProperty("gongkai.mail.port", Integer.toString(TestMail.start()));
            server.setProperty("gongkai.mail.from", "gongkai@test.invalid");
            try (OutputStream out = Files.newOutputStream(dir.resolve("server.properties"))) {
                server.store(out, "Configuration of the Payara Micro under test");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void start() throws IOException {
        String given = System.getProperty("gongkai.test.db.url", "");
        if (!given.isBlank()) {
            url = given;
            user = System.getProperty("gongkai.test.db.user", "postgres");
            password = System.getProperty("gongkai.test.db.password", "unused");
            resetSchema();
            return;
        }
        embedded = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Shanghai").start();
        url = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = "embedded";
    }

    /** A shared server starts each run on an empty schema, as the embedded one does. */
    private static void resetSchema() {
        try (Connection connection = connect()) {
            connection.createStatement().execute("drop schema public cascade; create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database " + url, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestMail.stop();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the process ends anyway
            }
            embedded = null;
        }
    }

    /** A direct connection, for tests that check what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
