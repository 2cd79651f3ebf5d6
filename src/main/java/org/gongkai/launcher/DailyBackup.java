package org.gongkai.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded mode's daily backup: once a day (checked every hour, and at start-up, so that a
 * portal restarted daily still gets one) a directory {@code gongkai-<date>-<time>} in
 * {@code gongkai.backup.dir} with the database ({@code pg_dump} custom format, attachments
 * included: they are stored in the database) and the configuration without its secrets; the
 * newest {@code gongkai.backup.keep} are kept. The layout is the one {@code ops/backup.sh} writes and
 * {@code ops/restore.sh} reads. Only the launcher of the one node schedules it: it runs once.
 */
final class DailyBackup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DailyBackup.class.getName());
    static final Pattern NAME = Pattern.compile("gongkai-\\d{8}-\\d{6}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Duration EVERY = Duration.ofDays(1);
    /** Keys whose values never go into a backup (passwords, keys, tokens). */
    private static final Pattern SECRET = Pattern.compile(".*(password|secret|key|token|credential).*");

    private final Path directory;
    private final int keep;
    private final int port;
    private final Properties settings;
    /** The machine's clock: backups are named and spaced in real time, not the portal's (fixed) clock. */
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gongkai-daily-backup");
        thread.setDaemon(true);
        return thread;
    });

    DailyBackup(Path directory, int keep, int port, Properties settings, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.keep = keep;
        this.port = port;
        this.settings = settings;
    }

    void schedule() {
        LOG.info("Daily backup of the embedded database to " + directory + " (the newest " + keep + " kept)");
        scheduler.scheduleWithFixedDelay(this::runIfDue, 1, Duration.ofHours(1).toMinutes(), TimeUnit.MINUTES);
    }

    private void runIfDue() {
        try {
            Optional<Instant> newest = newest();
            if (newest.isPresent() && newest.get().isAfter(clock.instant().minus(EVERY))) {
                return;
            }
            Path made = backUp();
            LOG.info("Daily backup written: " + made);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily backup failed (next try in an hour)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path backUp() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        String name = "gongkai-" + LocalDateTime.now(clock).format(STAMP);
        Path partial = Files.createDirectory(directory.resolve("." + name + ".partial"));
        Path dump = partial.resolve("database.dump");
        // Debian's client tools (postgresql-client) dump the embedded PostgreSQL 14: pg_dump must be as new or newer.
        List<String> command = List.of(Restore.tool("pg_dump"), "--format=custom", "--no-password",
                "--host=127.0.0.1", "--port=" + port, "--username=postgres", "--file=" + dump, "postgres");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
            throw new IOException("pg_dump failed: " + output.strip());
        }
        Files.createDirectories(partial.resolve("config"));
        try (OutputStream out = Files.newOutputStream(partial.resolve("config/gongkai.properties"))) {
            withoutSecrets(settings).store(out, "Gongkai configuration without its secrets (passwords, keys)");
        }
        Files.writeString(partial.resolve("MANIFEST"), String.join("\n",
                "format=gongkai-backup-1",
                "created=" + clock.instant(),
                "database=embedded PostgreSQL (database postgres)",
                "dump=database.dump (pg_dump custom format; restore with ops/restore.sh)",
                "search-index=not included: rebuilt from the database at start-up",
                "secrets=not included: keep passwords and keys in your key store, apart from the backups",
                ""), StandardCharsets.UTF_8);
        Path done = directory.resolve(name);
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        return done;
    }

    static Properties withoutSecrets(Properties settings) {
        Properties kept = new Properties();
        for (Map.Entry<Object, Object> entry : settings.entrySet()) {
            String key = entry.getKey().toString();
            if (key.startsWith("gongkai.") && !SECRET.matcher(key.toLowerCase(Locale.ROOT)).matches()
                    && !key.equals("gongkai.db.url") && !key.equals("gongkai.war")
                    && !key.equalsIgnoreCase("gongkai.payaraMicroJar")) {
                kept.setProperty(key, entry.getValue().toString());
            }
        }
        return kept;
    }

    private Optional<Instant> newest() throws IOException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> NAME.matcher(path.getFileName().toString()).matches())
                    .map(path -> {
                        try {
                            return Files.getLastModifiedTime(path).toInstant();
                        } catch (IOException e) {
                            return Instant.EPOCH;
                        }
                    })
                    .max(Comparator.naturalOrder());
        }
    }

    private void prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> entries = Files.list(directory)) {
            backups = new ArrayList<>(entries.filter(path -> NAME.matcher(path.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(path -> path.getFileName().toString())).toList());
        }
        while (backups.size() > keep) {
            Path oldest = backups.remove(0);
            try (Stream<Path> files = Files.walk(oldest)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            LOG.info("Old backup removed (gongkai.backup.keep=" + keep + "): " + oldest);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
