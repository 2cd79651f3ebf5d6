package org.gongkai.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one-command run's own PostgreSQL (the embedded library's binaries), durable, and watched:
 * when its server process dies it is started again on the same data and port.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final Path dataDir;
    private final EmbeddedPostgres postgres;
    private final Path pgCtl;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gongkai-database-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    private EmbeddedDatabase(Path dataDir, EmbeddedPostgres postgres) throws IOException {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.pgCtl = serverBinary(dataDir).resolveSibling("pg_ctl");
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("timezone", "Asia/Shanghai")
                // Durable by default (issue 18): the embedded library starts PostgreSQL with -F (fsync off)
                // and synchronous_commit=off, fit for throw-away test data only. A later -c wins over -F, so
                // every acknowledged commit is on disk before the portal answers, and a power cut or an
                // operating-system crash cannot corrupt the data directory (PostgreSQL manual, "WAL
                // Configuration" and "Non-Durable Settings").
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        return new EmbeddedDatabase(dataDir, postgres);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDir;
    }

    /** Checks every {@code period} that the server runs; starts it again when it does not. */
    void watch(Duration period) {
        watchdog.scheduleWithFixedDelay(this::check, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (closing || running()) {
            return;
        }
        LOG.severe("The embedded PostgreSQL in " + dataDir + " is not running (its process died): starting it again");
        try {
            // "restart" of a stopped server starts it with the options it last ran with (postmaster.opts):
            // the same port, the same durable settings; PostgreSQL replays its write-ahead log first.
            String output = pgCtl("-w", "-t", "120", "restart");
            if (running()) {
                LOG.warning("The embedded PostgreSQL runs again (crash recovery done): " + output.strip());
            } else {
                LOG.severe("The embedded PostgreSQL did not start again (next try in a moment): " + output.strip());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not start the embedded PostgreSQL again (next try in a moment)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server process named in {@code postmaster.pid} is alive. */
    boolean running() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String pgCtl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root: the embedded library runs it in a user namespace; so do we.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(),
                "-l", dataDir.resolveSibling(dataDir.getFileName() + "-restarts.log").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(150, TimeUnit.SECONDS);
        return output;
    }

    /** The server binary, from the command line the server last started with. */
    private static Path serverBinary(Path dataDir) throws IOException {
        String opts = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        String binary = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split(" ")[0];
        return Path.of(binary);
    }

    @Override
    public void close() throws IOException {
        closing = true;
        watchdog.shutdownNow();
        postgres.close();
    }
}
