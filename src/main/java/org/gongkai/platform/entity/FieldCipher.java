package org.gongkai.platform.entity;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal data encrypted at rest with the commercial cryptography of GB/T 39786-2021 (信息系统密码应用
 * 基本要求, confidentiality of important data in storage): SM4 (GB/T 32907-2016) in GCM mode with a
 * random 96-bit IV per value, and equality look-ups by a keyed SM3 hash (HMAC-SM3, GB/T 32905-2016)
 * under a separate key, so that no plain hash of an identity number exists to be guessed.
 * <p>
 * A stored value reads {@code v1:<keyId>:<iv>:<ciphertext and tag>} (Base64): the key id lets values
 * under an older key still be read while keys are rotated. GCM's tag refuses any changed value.
 * <p>
 * Bouncy Castle is used as a provider object handed to {@link Cipher#getInstance(String, Provider)},
 * never added to the JVM's global list: the server and other applications keep their own providers.
 * <p>
 * The keys come from configuration ({@code platform.control.CryptoKeys}); the one instance in use is
 * {@link #install installed} at start-up for the JPA converter {@link EncryptedString}, which the
 * persistence provider creates itself.
 */
public final class FieldCipher {

    /** The version prefix of every encrypted value. */
    public static final String PREFIX = "v1:";

    /** A key id: short, and safe between the colons of a stored value. */
    public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private static final Provider BC = new BouncyCastleProvider();
    private static final String TRANSFORMATION = "SM4/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile FieldCipher installed;

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;
    private final byte[] lookupKey;

    /**
     * @param currentKeyId the key new values are encrypted under; must be in {@code keys}
     * @param keys         128-bit SM4 keys by id: the current one and older ones still to be read
     * @param lookupKey    the HMAC-SM3 key of equality look-ups, at least 128 bits
     */
    public FieldCipher(String currentKeyId, Map<String, byte[]> keys, byte[] lookupKey) {
        Map<String, SecretKeySpec> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a key id is 1-32 letters, digits, '-' or '_': " + id);
            }
            if (key == null || key.length != 16) {
                throw new IllegalArgumentException("an SM4 key has 128 bits (16 bytes); key " + id + " has "
                        + (key == null ? 0 : key.length) + " bytes");
            }
            copy.put(id, new SecretKeySpec(key.clone(), "SM4"));
        });
        if (!copy.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key " + currentKeyId + " is not among the keys");
        }
        if (lookupKey == null || lookupKey.length < 16) {
            throw new IllegalArgumentException("the look-up key needs at least 128 bits (16 bytes)");
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(copy);
        this.lookupKey = lookupKey.clone();
    }

    /** Makes {@code cipher} the one the converter uses (start-up). */
    public static void install(FieldCipher cipher) {
        installed = cipher;
    }

    /** The cipher in use; refuses rather than store or read personal data without keys. */
    public static FieldCipher installed() {
        FieldCipher cipher = installed;
        if (cipher == null) {
            throw new IllegalStateException("No personal-data key installed: gongkai.crypto.key is read at start-up");
        }
        return cipher;
    }

    /** The Bouncy Castle provider object the cipher uses (for the known-answer tests). */
    public static Provider provider() {
        return BC;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Whether a stored value has the encrypted form (the start-up migration leaves those alone). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The id of the key a stored value was encrypted under, or null when it is not encrypted. */
    public static String keyIdOf(String stored) {
        if (!isEncrypted(stored)) {
            return null;
        }
        int end = stored.indexOf(':', PREFIX.length());
        return end < 0 ? null : stored.substring(PREFIX.length(), end);
    }

    /** Encrypts under the current key with a fresh random IV; null stays null. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, BC);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return PREFIX + currentKeyId + ":" + base64.encodeToString(iv) + ":" + base64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 encryption failed", e);
        }
    }

    /**
     * Decrypts a stored value under the key it names; null stays null. A value that is not in the
     * encrypted form, names an unknown key or was changed (GCM tag) is refused: personal data is
     * never read back unverified.
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0] + ":")) {
            throw new IllegalStateException("not an encrypted value (expected v1:<key id>:<iv>:<data>)");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("value encrypted under key '" + parts[1]
                    + "', which is not configured (gongkai.crypto.key or gongkai.crypto.old-keys)");
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] iv = base64.decode(parts[2]);
            if (iv.length != IV_BYTES) {
                throw new IllegalStateException("an encrypted value carries a 96-bit IV");
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, BC);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            return new String(cipher.doFinal(base64.decode(parts[3])), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("encrypted value refused: it was changed or belongs to another key", e);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("encrypted value unreadable", e);
        }
    }

    /** Whether a stored value is already encrypted under the current key (rotation skips those). */
    public boolean isCurrent(String stored) {
        return stored == null || currentKeyId.equals(keyIdOf(stored));
    }

    /** HMAC-SM3 of {@code text} under the look-up key, as 64 hex digits: equal texts, equal keys. */
    public String lookupKey(String text) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(lookupKey));
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Override
    public String toString() {
        // never the keys themselves
        return "FieldCipher[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldCipher that && currentKeyId.equals(that.currentKeyId)
                && keys.equals(that.keys) && Arrays.equals(lookupKey, that.lookupKey);
    }

    @Override
    public int hashCode() {
        return currentKeyId.hashCode();
    }
}
