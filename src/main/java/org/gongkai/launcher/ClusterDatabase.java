package org.gongkai.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * The local cluster's database ({@code cluster/run.sh}): the same embedded PostgreSQL as the
 * one-command run, durable and watched, without a portal of its own. It writes the JDBC address to
 * the file given as the second argument once the server accepts connections, and runs until it is
 * stopped (SIGTERM), when it shuts PostgreSQL down cleanly.
 *
 * <pre>java -cp … org.gongkai.launcher.ClusterDatabase &lt;pgdata&gt; &lt;url-file&gt;</pre>
 */
public final class ClusterDatabase {

    private static final Logger LOG = Logger.getLogger(ClusterDatabase.class.getName());

    private ClusterDatabase() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ClusterDatabase <pgdata> <url-file>");
            System.exit(2);
        }
        Path pgdata = Path.of(args[0]).toAbsolutePath();
        Path urlFile = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(urlFile);
        EmbeddedDatabase database = EmbeddedDatabase.start(pgdata);
        database.watch(Duration.ofSeconds(2));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(urlFile);
                database.close();
            } catch (IOException e) {
                LOG.warning("The embedded PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }, "gongkai-cluster-database-stop"));
        Path temporary = urlFile.resolveSibling(urlFile.getFileName() + ".tmp");
        Files.writeString(temporary, database.jdbcUrl() + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(temporary, urlFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Cluster database ready: " + database.jdbcUrl() + " (data in " + pgdata + ")");
        stopped.await();
    }
}
