package org.gongkai.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongkai.account.control.AdminPasswordPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the portal with one command: an embedded PostgreSQL when no database is configured
 * (demo mode, data kept across restarts), then Payara Micro with the portal's WAR in a child JVM.
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
        // The embedded database and the search index live here (the index is rebuilt when missing).
        settings.putIfAbsent("gongkai.data.dir", Path.of(System.getProperty("user.home"), ".gongkai").toString());
        EmbeddedPostgres embedded = null;
        if (blank(settings.getProperty("gongkai.db.url"))) {
            embedded = startEmbeddedDatabase();
            settings.setProperty("gongkai.db.url", embedded.getJdbcUrl("postgres", "postgres"));
            settings.setProperty("gongkai.db.user", "postgres");
            // MicroProfile Config treats an empty value as missing; the embedded server trusts local connections.
            settings.setProperty("gongkai.db.password", "embedded");
            settings.putIfAbsent("gongkai.demo", "true");
        }
        if (!Boolean.parseBoolean(settings.getProperty("gongkai.demo", "false"))) {
            String refusal = AdminPasswordPolicy.refusal(settings.getProperty("gongkai.admin.password"));
            if (refusal != null) {
                LOG.severe(refusal);
                return 2;
            }
        }
        Path properties = writeServerProperties();
        Process server = startPayaraMicro(properties);
        EmbeddedPostgres database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
                if (database != null) {
                    database.close();
                }
                Files.deleteIfExists(properties);
            } catch (IOException | InterruptedException e) {
                LOG.warning("Shutdown was not clean: " + e);
            }
        }, "gongkai-shutdown"));
        return server.waitFor();
    }

    private EmbeddedPostgres startEmbeddedDatabase() throws IOException {
        Path dataDir = Path.of(settings.getProperty("gongkai.data.dir")).resolve("pgdata");
        Files.createDirectories(dataDir.getParent());
        LOG.info("No database configured (GONGKAI_DB_URL): starting the embedded PostgreSQL in " + dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("timezone", "Asia/Shanghai")
                .start();
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
        return new ProcessBuilder(command).inheritIO().start();
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
