package org.gongkai.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the index was last brought up to date with, kept in a small file next to it: the database
 * it was built from, the name of this node's cursor in that database's change log, the position
 * up to which the log is applied, and the entries that could not be read when their change was
 * applied (tried again on every pass). A missing file means the index cannot be trusted (new, or a
 * rebuild did not finish).
 */
public record IndexState(String database, String node, ChangeLog.Position applied, Set<Long> retry) {

    private static final String DATABASE = "database";
    private static final String NODE = "node";
    private static final String TX = "appliedTx";
    private static final String ID = "appliedId";
    private static final String RETRY = "retryEntries";

    public IndexState {
        retry = Set.copyOf(retry);
    }

    public IndexState(String database, String node, ChangeLog.Position applied) {
        this(database, node, applied, Set.of());
    }

    /** Moved on to {@code position} (never back), with {@code stillToRetry} left to read again. */
    public IndexState advanced(ChangeLog.Position position, Set<Long> stillToRetry) {
        ChangeLog.Position furthest = position.compareTo(applied) > 0 ? position : applied;
        return new IndexState(database, node, furthest, stillToRetry);
    }

    public static Optional<IndexState> read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String database = properties.getProperty(DATABASE);
        String node = properties.getProperty(NODE);
        String tx = properties.getProperty(TX);
        String id = properties.getProperty(ID);
        if (database == null || node == null || tx == null || id == null) {
            // also the file of an index kept before the change log had cursors: rebuilt once
            return Optional.empty();
        }
        try {
            Set<Long> retry = Arrays.stream(properties.getProperty(RETRY, "").split(","))
                    .map(String::strip).filter(value -> !value.isEmpty()).map(Long::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new));
            return Optional.of(new IndexState(database, node,
                    new ChangeLog.Position(Long.parseLong(tx.strip()), Long.parseLong(id.strip())), retry));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the state so that readers see the old or the new file, never a half-written one. */
    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty(DATABASE, database);
        properties.setProperty(NODE, node);
        properties.setProperty(TX, Long.toString(applied.tx()));
        properties.setProperty(ID, Long.toString(applied.id()));
        properties.setProperty(RETRY, new TreeSet<>(retry).stream().map(String::valueOf).collect(Collectors.joining(",")));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Gongkai search index state: the database, this node's cursor in its change log");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
