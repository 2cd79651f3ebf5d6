package org.gongkai.platform.control;

import org.gongkai.platform.entity.FieldCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the personal-data keys come from (docs/operations.md, "Encryption keys"). */
class CryptoKeysTest {

    private static final String KEY_1 = "ABEiM0RVZneImaq7zN3u/w==";
    private static final String KEY_2 = "/+7dzLuqmYh3ZlVEMyIRAA==";
    private static final String LOOKUP = "Dw4NDAsKCQgHBgUEAwIBAA8ODQwLCgkIBwYFBAMCAQA=";

    @TempDir
    Path data;

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void outsideDemoModeAMissingKeyRefusesTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CryptoKeys.load(settings(Map.of()), false, data));
        assertTrue(refused.getMessage().contains("gongkai.crypto.key"), refused.getMessage());
        IllegalStateException noLookup = assertThrows(IllegalStateException.class,
                () -> CryptoKeys.load(settings(Map.of(CryptoKeys.KEY, KEY_1)), false, data));
        assertTrue(noLookup.getMessage().contains("gongkai.crypto.lookup-key"), noLookup.getMessage());
        assertThrows(IllegalStateException.class, () -> CryptoKeys.load(settings(Map.of(CryptoKeys.KEY, "c2hvcnQ=",
                CryptoKeys.LOOKUP_KEY, LOOKUP)), false, data), "a key of 5 bytes");
    }

    @Test
    void configuredKeysWithOldKeysForReadingDuringRotation() {
        FieldCipher before = CryptoKeys.load(settings(Map.of(CryptoKeys.KEY, KEY_1, CryptoKeys.KEY_ID, "2025",
                CryptoKeys.LOOKUP_KEY, LOOKUP)), false, data);
        String stored = before.encrypt("13800138000");

        FieldCipher after = CryptoKeys.load(settings(Map.of(CryptoKeys.KEY, KEY_2, CryptoKeys.KEY_ID, "2026",
                CryptoKeys.OLD_KEYS, "2025:" + KEY_1, CryptoKeys.LOOKUP_KEY, LOOKUP)), false, data);

        assertEquals("2026", after.currentKeyId());
        assertEquals("13800138000", after.decrypt(stored));
        assertTrue(after.encrypt("x").startsWith("v1:2026:"));
        assertTrue(Files.notExists(data.resolve("keys")), "configured keys are never written anywhere");
    }

    @Test
    void demoModeMakesItsKeysOnceOwnerOnlyAndReadsThemAfterARestart() throws Exception {
        FieldCipher first = CryptoKeys.load(settings(Map.of()), true, data);
        String stored = first.encrypt("张三");
        Path key = data.resolve("keys").resolve("pii-sm4.key");

        FieldCipher restarted = CryptoKeys.load(settings(Map.of()), true, data);

        assertEquals("张三", restarted.decrypt(stored));
        assertEquals(first.lookupKey("a"), restarted.lookupKey("a"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("keys").resolve("pii-lookup.key"))));
        assertEquals(CryptoKeys.DEMO_KEY_ID, restarted.currentKeyId());
    }
}
