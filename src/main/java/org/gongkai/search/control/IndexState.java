package org.gongkai.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the index was last brought up to date with, kept in a small file next to it: the database
 * it was built from and the highest queued update applied. A missing file means the index cannot
 * be trusted (new, or a rebuild did not finish).
 */
public record IndexState(String database, long appliedId) {

    private static final String DATABASE = "database";
    private static final String APPLIED = "appliedId";

    public IndexState applied(long id) {
        return id > appliedId ? new IndexState(database, id) : this;
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
        String applied = properties.getProperty(APPLIED);
        if (database == null || applied == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexState(database, Long.parseLong(applied.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the state so that readers see the old or the new file, never a half-written one. */
    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty(DATABASE, database);
        properties.setProperty(APPLIED, Long.toString(appliedId));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Gongkai search index state: the database and the last applied update");
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
