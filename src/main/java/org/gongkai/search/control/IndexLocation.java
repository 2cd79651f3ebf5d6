package org.gongkai.search.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the search index lives: {@code gongkai.index.dir} when set; else {@code index} in
 * {@code gongkai.data.dir}; else a folder in the temporary directory named after the database URL,
 * so that each database keeps its own index there.
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
        Optional<String> data = dataDir.filter(value -> !value.isBlank());
        if (data.isPresent()) {
            return Path.of(data.get().strip(), "index");
        }
        return Path.of(temporaryDir, "gongkai-index-" + shortHash(databaseUrl.orElse("").strip()));
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
