package org.gongkai.launcher;

import org.gongkai.account.control.AdminPasswordPolicy;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts the portal with one command: an embedded PostgreSQL when no database is configured
 * (demo mode, data kept across restarts, durable, watched and restarted when it dies, backed up daily),
 * then Payara Micro with the portal's WAR in a child JVM, and exits non-zero with the cause when
 * the portal does not deploy. {@code gongkai.restore.from=<backup>} first restores a backup into a
 * fresh embedded data directory.
 *
 * <p>Configuration, first found wins: system properties, environment variables
 * ({@code GONGKAI_DB_URL}, {@code GONGKAI_DB_USER}, {@code GONGKAI_DB_PASSWORD},
 * {@code GONGKAI_ADMIN_PASSWORD}, …), then {@code config/gongkai.properties}.
 */
public final class GongkaiLauncher {

    private static final Logger LOG = Logger.getLogger(GongkaiLauncher.class.getName());

    private final Properties settings;

    private GongkaiLauncher(Properties settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        Path configDir = Path.of(System.getProperty("gongkai.config.dir", "config"));
        Path configFile = configDir.resolve("gongkai.properties");
        if (Files.isRegularFile(configFile)) {
            try (InputStream in = Files.newInputStream(configFile)) {
                settings.load(in);
            }
        }
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("GONGKAI_")) {
                settings.setProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("gongkai."))
                .forEach(name -> settings.setProperty(name, System.getProperty(name)));
        int exit = new GongkaiLauncher(settings).run();
        System.exit(exit);
    }

    private int run() throws IOException, InterruptedException {
        // The embedded database, its backups and the search index live here (the index is rebuilt when missing).
        settings.putIfAbsent("gongkai.data.dir", Path.of(System.getProperty("user.home"), ".gongkai").toString());
        Path dataDir = Path.of(settings.getProperty("gongkai.data.dir"));
        EmbeddedDatabase embedded = null;
        DailyBackup backups = null;
        if (blank(settings.getProperty("gongkai.db.url"))) {
            Path pgdata = dataDir.resolve("pgdata");
            String restoreFrom = settings.getProperty("gongkai.restore.from");
            if (!blank(restoreFrom) && Files.exists(pgdata)) {
                LOG.severe("gongkai.restore.from restores into a fresh data directory only: " + pgdata + " exists");
                return 2;
            }
            LOG.info("No database configured (GONGKAI_DB_URL): starting the embedded PostgreSQL in " + pgdata);
            embedded = EmbeddedDatabase.start(pgdata);
            if (!blank(restoreFrom) && !Restore.into(Path.of(restoreFrom), embedded.port())) {
                embedded.close();
                return 1;
            }
            settings.setProperty("gongkai.db.url", embedded.jdbcUrl());
            settings.setProperty("gongkai.db.user", "postgres");
            // MicroProfile Config treats an empty value as missing; the embedded server trusts local connections.
            settings.setProperty("gongkai.db.password", "embedded");
            settings.putIfAbsent("gongkai.demo", "true");
            // The embedded database belongs to this data directory, but its port (and so its address)
            // changes at every start: its search index is named after the data directory instead, so
            // that it is not rebuilt at every start (IndexLocation names the others after their address).
            settings.putIfAbsent("gongkai.index.dir", dataDir.resolve("index").resolve("embedded").toString());
            // Issue 18: the launcher brings its database back when its process dies.
            embedded.watch(Duration.ofSeconds(2));
            int keep = wholeNumber("gongkai.backup.keep", "7");
            if (keep > 0) {
                Path backupDir = Path.of(settings.getProperty("gongkai.backup.dir", dataDir.resolve("backups").toString()));
                backups = new DailyBackup(backupDir, keep, embedded.port(), settings, java.time.Clock.systemDefaultZone());
            }
        }
        if (!Boolean.parseBoolean(settings.getProperty("gongkai.demo", "false"))) {
            String refusal = AdminPasswordPolicy.refusal(settings.getProperty("gongkai.admin.password"));
            if (refusal != null) {
                LOG.severe(refusal);
                if (embedded != null) {
                    embedded.close();
                }
                return 2;
            }
        }
        Path properties = writeServerProperties();
        Process server = startPayaraMicro(properties);
        ServerOutput output = new ServerOutput(server.getInputStream(), new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8));
        Thread copier = new Thread(output, "gongkai-server-output");
        copier.setDaemon(true);
        copier.start();
        EmbeddedDatabase database = embedded;
        DailyBackup daily = backups;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
                if (daily != null) {
                    daily.close();
                }
                if (database != null) {
                    database.close();
                }
                Files.deleteIfExists(properties);
            } catch (IOException | InterruptedException e) {
                LOG.warning("Shutdown was not clean: " + e);
            }
        }, "gongkai-shutdown"));
        String failure = awaitDeployment(server, output);
        if (failure != null) {
            // Payara Micro logs a failed deployment and still says it is ready, serving 404 (issue 16):
            // the launcher stops it and exits non-zero with the cause.
            LOG.severe("The portal did not start: " + failure);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            return 1;
        }
        LOG.info("Gongkai is ready on http://localhost:" + port() + "/");
        if (daily != null) {
            daily.schedule();
        }
        return server.waitFor();
    }

    /**
     * Waits until the portal's own readiness check answers (the application deployed: its database
     * check appears in {@code /health/ready}); {@code null} when it did, else the cause of the failure.
     */
    private String awaitDeployment(Process server, ServerOutput output) throws InterruptedException {
        long timeout = wholeNumber("gongkai.startup.timeout", "600");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        long startedAt = 0;
        boolean toldDatabaseDown = false;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + port() + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                return "Payara Micro exited with code " + server.exitValue() + ": " + output.cause();
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean deployed = answer.body().contains("\"database\"");
                if (deployed && answer.statusCode() == 200) {
                    return null;
                }
                if (deployed && !toldDatabaseDown) {
                    LOG.warning("The portal is deployed but its database does not answer yet; waiting");
                    toldDatabaseDown = true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (output.serverStarted() && startedAt == 0) {
                startedAt = System.nanoTime();
            }
            // Payara Micro has finished starting: an application that deployed answers at once.
            if (startedAt != 0 && System.nanoTime() - startedAt > TimeUnit.SECONDS.toNanos(15)) {
                return "the application did not deploy: " + output.cause();
            }
            Thread.sleep(500);
        }
        return "not ready within " + timeout + " s (gongkai.startup.timeout): " + output.cause();
    }

    private int wholeNumber(String name, String defaultValue) {
        String value = settings.getProperty(name, defaultValue).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 须为整数（" + name + " must be a whole number）: " + value);
        }
    }

    private String port() {
        return settings.getProperty("gongkai.http.port", "8080");
    }

    /** The server reads its configuration from a file only its owner can read (it holds the DB password). */
    private Path writeServerProperties() throws IOException {
        Path file = Files.createTempFile("gongkai-", ".properties",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties server = new Properties();
        settings.stringPropertyNames().stream()
                .filter(name -> name.startsWith("gongkai.") && !name.equals("gongkai.war")
                        && !name.equals("gongkai.payaramicrojar"))
                .forEach(name -> server.setProperty(name, settings.getProperty(name)));
        try (OutputStream out = Files.newOutputStream(file)) {
            server.store(out, "Gongkai server configuration, written by the launcher");
        }
        return file;
    }

    private Process startPayaraMicro(Path properties) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(settings.getProperty("gongkai.jvm.heap", "-Xmx512m"));
        command.add("-Duser.timezone=Asia/Shanghai");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-jar");
        command.add(require("gongkai.payaraMicroJar", "gongkai.payaramicrojar"));
        command.add("--nocluster");
        command.add("--port");
        command.add(settings.getProperty("gongkai.http.port", "8080"));
        command.add("--contextroot");
        command.add("/");
        command.add("--systemproperties");
        command.add(properties.toString());
        command.add("--deploy");
        command.add(require("gongkai.war", "gongkai.war"));
        LOG.info("Starting Payara Micro on http://localhost:" + settings.getProperty("gongkai.http.port", "8080") + "/");
        // Its output passes through the launcher (ServerOutput), which keeps the causes of a failed deployment.
        return new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
    }

    private String require(String systemProperty, String settingName) {
        String value = System.getProperty(systemProperty, settings.getProperty(settingName));
        if (blank(value)) {
            throw new IllegalStateException("Missing setting " + systemProperty);
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
