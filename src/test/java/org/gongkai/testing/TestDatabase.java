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

    /**
     * The personal-data keys of the server under test (docs/operations.md, "Encryption keys"): the
     * current SM4 key {@code test2}, an older one {@code test1} still configured for reading, and the
     * HMAC-SM3 look-up key. Test keys only: a real portal's keys never stand in a repository.
     */
    public static final String CRYPTO_KEY_ID = "test2";
    public static final String CRYPTO_KEY = "ZWFjaCB0ZXN0IHJ1biAyIQ==";
    public static final String CRYPTO_OLD_KEY_ID = "test1";
    public static final String CRYPTO_OLD_KEY = "dGhlIG9sZCB0ZXN0IGtleQ==";
    public static final String CRYPTO_LOOKUP_KEY = "bG9vay11cCBrZXkgb2YgdGhlIHRlc3Qgc2VydmVy";

    /** The office's duty desk, where urgent-information reminders at the deadline go. */
    public static final String URGENT_OFFICE_MAIL = "duty-desk@test.invalid";

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
            server.setProperty("gongkai.crypto.key-id", CRYPTO_KEY_ID);
            server.setProperty("gongkai.crypto.key", CRYPTO_KEY);
            server.setProperty("gongkai.crypto.old-keys", CRYPTO_OLD_KEY_ID + ":" + CRYPTO_OLD_KEY);
            server.setProperty("gongkai.crypto.lookup-key", CRYPTO_LOOKUP_KEY);
            // tests move the fixed clock forward through this file (TestClock), and put it back
            server.setProperty("gongkai.clock.offset-file", TestClock.offsetFile().toAbsolutePath().toString());
            TestClock.reset();
            server.setProperty("gongkai.data.dir", dir.resolve("data").toAbsolutePath().toString());
            // The search index of this run's database (rebuilt when it meets a new database).
            server.setProperty("gongkai.index.dir", dir.resolve("index").toAbsolutePath().toString());
            // Sign-in locks short enough to watch one end; client addresses from X-Forwarded-For
            // (TestClients.HEADER), so that tests sign in from several addresses (SecurityIT) and each
            // online filing gets a filing window of its own.
            server.setProperty("gongkai.signin.lock-seconds", "4");
            server.setProperty("gongkai.signin.window-seconds", "60");
            server.setProperty("gongkai.signin.address-max-failures", "12");
            server.setProperty("gongkai.requests.client-address-header", TestClients.HEADER);
            server.setProperty("gongkai.mail.host", "127.0.0.1");
            server.setProperty("gongkai.mail.port", Integer.toString(TestMail.start()));
            server.setProperty("gongkai.mail.from", "gongkai@test.invalid");
            // staff accounts carry no e-mail address: the desk's and the site's warnings go to these
            server.setProperty("gongkai.messages.warning-address", "xinxike@test.invalid");
            server.setProperty("gongkai.site.warning-address", "wangzhan@test.invalid");
            server.setProperty("gongkai.urgent.office-mail", URGENT_OFFICE_MAIL);
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
        // The embedded library's defaults turn fsync and synchronous_commit off: right for tests, whose
        // data is thrown away (the launcher's embedded database turns both on).
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

    /** True when this run started its own PostgreSQL, which a test may stop and start again. */
    public static boolean canStop() {
        return embedded != null;
    }

    /**
     * Stops the run's embedded PostgreSQL as a crash would: an immediate shutdown (no checkpoint; the
     * server recovers from its write-ahead log when it starts again), its port then refusing connections.
     */
    public static void stopServer() {
        pgCtl("-m", "immediate", "stop");
    }

    /** Starts the embedded PostgreSQL stopped by {@link #stopServer()} again, on the same port and data. */
    public static void startServer() {
        // "restart" of a stopped server starts it with the options it last ran with (postmaster.opts).
        pgCtl("-w", "-t", "60", "restart");
    }

    private static Path dataDirectory;
    private static Path binDirectory;

    private static synchronized void pgCtl(String... arguments) {
        if (embedded == null) {
            throw new IllegalStateException("Only the run's own embedded PostgreSQL can be stopped");
        }
        try {
            if (dataDirectory == null) {
                try (Connection connection = connect();
                     var result = connection.createStatement().executeQuery("show data_directory")) {
                    result.next();
                    dataDirectory = Path.of(result.getString(1));
                }
                // postmaster.opts starts with the server binary; pg_ctl lies beside it.
                String opts = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
                String binary = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split(" ")[0];
                binDirectory = Path.of(binary).getParent();
            }
            java.util.List<String> command = new java.util.ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses root; the embedded library runs it in a user namespace, and so must we.
                command.addAll(java.util.List.of("unshare", "-U"));
            }
            command.addAll(java.util.List.of(
                    binDirectory.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(),
                    "-l", Path.of(System.getProperty("gongkai.test.dir", "target/it"), "postgres-restart.log")
                            .toAbsolutePath().toString()));
            command.addAll(java.util.List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot control the embedded PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A direct connection, for tests that check what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
