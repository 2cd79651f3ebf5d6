package org.gongkai.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Restores a backup (the layout of {@link DailyBackup} and {@code ops/backup.sh}) into the fresh embedded database. */
final class Restore {

    private static final Logger LOG = Logger.getLogger(Restore.class.getName());

    private Restore() {
    }

    static boolean into(Path backup, int port) throws IOException, InterruptedException {
        Path dump = backup.resolve("database.dump");
        if (!Files.isRegularFile(dump)) {
            LOG.severe("Not a Gongkai backup (no database.dump): " + backup);
            return false;
        }
        LOG.info("Restoring " + dump + " into the fresh embedded database");
        // --clean --if-exists: the fresh database already has its public schema; --no-owner: the
        // objects belong to the restoring user; --exit-on-error: a partial restore is no restore.
        List<String> command = List.of(tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error",
                "--no-password", "--host=127.0.0.1", "--port=" + port, "--username=postgres", "--dbname=postgres",
                dump.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
            LOG.severe("pg_restore failed: " + output.strip());
            return false;
        }
        LOG.info("Restored " + backup + "; the search index is rebuilt from it at start-up");
        return true;
    }

    static String tool(String name) {
        for (String dir : new String[] {"/usr/bin", "/usr/local/bin"}) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return name;
    }
}
