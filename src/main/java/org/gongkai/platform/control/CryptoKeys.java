package org.gongkai.platform.control;

import org.gongkai.platform.entity.FieldCipher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of personal data at rest, from configuration and never from the repository or the WAR
 * (GB/T 39786-2021: keys kept apart from the data they protect):
 * <ul>
 * <li>{@code gongkai.crypto.key}: the current SM4 key, 128 bits in Base64, with its id
 *     {@code gongkai.crypto.key-id} (default {@code k1});</li>
 * <li>{@code gongkai.crypto.old-keys}: {@code id:base64,…}, older keys still read while rows are
 *     re-encrypted (rotation);</li>
 * <li>{@code gongkai.crypto.lookup-key}: the HMAC-SM3 key of equality look-ups, at least 128 bits
 *     in Base64, a different key from the SM4 ones.</li>
 * </ul>
 * Decision: in demo mode a missing key is made once and kept in {@code <data dir>/keys/} (readable by
 * the owner only), so that a restart still reads what it wrote; outside demo mode a missing key
 * refuses the start.
 */
public final class CryptoKeys {

    public static final String KEY = "gongkai.crypto.key";
    public static final String KEY_ID = "gongkai.crypto.key-id";
    public static final String OLD_KEYS = "gongkai.crypto.old-keys";
    public static final String LOOKUP_KEY = "gongkai.crypto.lookup-key";
    /** The id of a key made in demo mode. */
    public static final String DEMO_KEY_ID = "demo";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CryptoKeys() {
    }

    /**
     * The cipher the settings describe.
     *
     * @param settings a setting's value by name (MicroProfile Config at start-up)
     * @param demo     whether the portal runs in demo mode
     * @param dataDir  where demo mode keeps the keys it makes
     * @throws IllegalStateException when a key is missing outside demo mode or malformed
     */
    public static FieldCipher load(Function<String, Optional<String>> settings, boolean demo, Path dataDir) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String currentId;
        Optional<String> configured = setting(settings, KEY);
        if (configured.isPresent()) {
            currentId = setting(settings, KEY_ID).orElse("k1");
            keys.put(currentId, decode(KEY, configured.get()));
        } else if (demo) {
            currentId = DEMO_KEY_ID;
            keys.put(currentId, demoKey(dataDir.resolve("keys").resolve("pii-sm4.key"), 16));
        } else {
            throw new IllegalStateException(KEY + " is not set: personal data cannot be stored or read without its "
                    + "SM4 key (128 bits, Base64; GONGKAI_CRYPTO_KEY). See docs/operations.md, 'Encryption keys'.");
        }
        for (String entry : setting(settings, OLD_KEYS).orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(OLD_KEYS + " lists keys as id:base64, separated by commas");
            }
            String id = entry.substring(0, colon).strip();
            if (!id.equals(currentId)) {
                keys.put(id, decode(OLD_KEYS + " (" + id + ")", entry.substring(colon + 1)));
            }
        }
        byte[] lookup;
        Optional<String> lookupSetting = setting(settings, LOOKUP_KEY);
        if (lookupSetting.isPresent()) {
            lookup = decode(LOOKUP_KEY, lookupSetting.get());
        } else if (demo) {
            lookup = demoKey(dataDir.resolve("keys").resolve("pii-lookup.key"), 32);
        } else {
            throw new IllegalStateException(LOOKUP_KEY + " is not set: applicants cannot be matched for fees without "
                    + "the HMAC-SM3 look-up key (at least 128 bits, Base64; GONGKAI_CRYPTO_LOOKUP_KEY).");
        }
        try {
            return new FieldCipher(currentId, keys, lookup);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Bad personal-data key configuration: " + e.getMessage(), e);
        }
    }

    /** A new random key of {@code bytes} bytes in Base64, for operators (docs/operations.md). */
    public static String newKey(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Optional<String> setting(Function<String, Optional<String>> settings, String name) {
        return settings.apply(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static byte[] decode(String name, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not Base64");
        }
    }

    /** The key kept in {@code file}, made (owner-only) when it does not exist yet. */
    static byte[] demoKey(Path file, int bytes) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
                setOwnerOnly(temporary);
                Files.writeString(temporary, newKey(bytes) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(temporary, file); // no overwrite: a concurrent start keeps the first key
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(temporary);
                }
            }
            return decode(file.toString(), Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo key in " + file, e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
    }
}
