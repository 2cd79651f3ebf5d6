package org.gongkai.search.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the search index lives: {@code gongkai.index.dir} when set; else a folder of its own per
 * database, {@code index/<database name>-<hash of the database address>}, in {@code gongkai.data.dir},
 * or in the temporary directory when no data directory is set.
 *
 * <p>The rule (issue 16): an index belongs to one database. Two portals on two databases started
 * with default settings share {@code gongkai.data.dir}; had they shared the index folder too, the
 * second would fail on Lucene's write lock, or serve the other database's catalogue.
 */
public final class IndexLocation {

    private IndexLocation() {
    }

    public static Path resolve(Optional<String> indexDir, Optional<String> dataDir, Optional<String> databaseUrl,
                               String temporaryDir) {
        Optional<String> index = indexDir.filter(value -> !value.isBlank());
        if (index.isPresent()) {
            return Path.of(index.get().strip());
        }
        String database = databaseUrl.orElse("").strip();
        Optional<String> data = dataDir.filter(value -> !value.isBlank());
        if (data.isPresent()) {
            return Path.of(data.get().strip(), "index", folderName(database));
        }
        return Path.of(temporaryDir, "gongkai-index-" + folderName(database));
    }

    /** {@code <database name>-<12 hex digits of the SHA-256 of the normalised address>}. */
    static String folderName(String databaseUrl) {
        String address = normalised(databaseUrl);
        String name = address.substring(address.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
        return (name.isEmpty() ? "db" : name) + "-" + shortHash(address);
    }

    /**
     * The address without driver parameters, scheme and host in lower case, the default port
     * written out: the same database named in two spellings keeps one index.
     */
    static String normalised(String databaseUrl) {
        String url = databaseUrl.strip();
        int query = url.indexOf('?');
        if (query >= 0) {
            url = url.substring(0, query);
        }
        if (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            url = url.substring(5);
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return url;
            }
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String path = uri.getPath() == null ? "" : uri.getPath();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + ":" + port + path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
