package org.gongkai.platform.entity;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SM4-GCM of personal data at rest and the HMAC-SM3 look-ups (GB/T 39786-2021). */
class FieldCipherTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] OLD = HEX.parseHex("00112233445566778899aabbccddeeff");
    private static final byte[] NEW = HEX.parseHex("ffeeddccbbaa99887766554433221100");
    private static final byte[] LOOKUP = HEX.parseHex("0f0e0d0c0b0a09080706050403020100");
    private static final String ID = "430104198501010018";

    private final FieldCipher cipher = new FieldCipher("k2", Map.of("k2", NEW), LOOKUP);

    @Test
    void sm4OfTheStandardGivesItsTestVector() throws Exception {
        // GB/T 32907-2016, Appendix A, example 1: one block, key = plaintext
        byte[] block = HEX.parseHex("0123456789abcdeffedcba9876543210");
        Cipher sm4 = Cipher.getInstance("SM4/ECB/NoPadding", FieldCipher.provider());
        sm4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(block, "SM4"));
        assertEquals("681edf34d206965e86b3e94f536e4246", HEX.formatHex(sm4.doFinal(block)));
    }

    @Test
    void sm3OfAbcGivesItsTestVector() {
        // GB/T 32905-2016, Appendix A, example 1
        SM3Digest sm3 = new SM3Digest();
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        sm3.update(abc, 0, abc.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", HEX.formatHex(out));
    }

    @Test
    void aValueComesBackAsItWentInAndIsStoredWithItsVersionKeyAndIv() {
        String stored = cipher.encrypt(ID);
        String[] parts = stored.split(":");
        assertEquals(4, parts.length, stored);
        assertEquals("v1", parts[0]);
        assertEquals("k2", parts[1]);
        assertEquals(12, Base64.getDecoder().decode(parts[2]).length, "a 96-bit IV");
        assertEquals(ID.length() + 16, Base64.getDecoder().decode(parts[3]).length, "the text and a 128-bit tag");
        assertFalse(stored.contains(ID));
        assertEquals(ID, cipher.decrypt(stored));
        assertEquals("长沙市岳麓区麓山南路1号", cipher.decrypt(cipher.encrypt("长沙市岳麓区麓山南路1号")));
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void twoEncryptionsOfOneValueDifferByTheirRandomIv() {
        String first = cipher.encrypt(ID);
        String second = cipher.encrypt(ID);
        assertNotEquals(first, second);
        assertNotEquals(first.split(":")[2], second.split(":")[2]);
        assertEquals(cipher.decrypt(first), cipher.decrypt(second));
    }

    @Test
    void aTamperedValueIsRefusedByTheGcmTag() {
        String stored = cipher.encrypt(ID);
        String[] parts = stored.split(":");
        byte[] data = Base64.getDecoder().decode(parts[3]);
        data[0] ^= 1;
        String tampered = parts[0] + ":" + parts[1] + ":" + parts[2] + ":" + Base64.getEncoder().encodeToString(data);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
        byte[] iv = Base64.getDecoder().decode(parts[2]);
        iv[11] ^= 1;
        String otherIv = parts[0] + ":" + parts[1] + ":" + Base64.getEncoder().encodeToString(iv) + ":" + parts[3];
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(otherIv));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(ID), "plaintext is never taken as stored data");
    }

    @Test
    void aValueUnderAnOldKeyIsStillReadAndRecognisedAsNotCurrent() {
        FieldCipher before = new FieldCipher("k1", Map.of("k1", OLD), LOOKUP);
        String underOld = before.encrypt(ID);
        FieldCipher rotating = new FieldCipher("k2", Map.of("k2", NEW, "k1", OLD), LOOKUP);

        assertEquals(ID, rotating.decrypt(underOld));
        assertFalse(rotating.isCurrent(underOld));
        assertTrue(rotating.isCurrent(rotating.encrypt(ID)));
        assertEquals("k1", FieldCipher.keyIdOf(underOld));
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> cipher.decrypt(underOld),
                "without the old key configured");
        assertTrue(unknown.getMessage().contains("k1"), unknown.getMessage());
        String relabelled = underOld.replace("v1:k1:", "v1:k2:");
        assertThrows(IllegalStateException.class, () -> rotating.decrypt(relabelled), "another key's value fails its tag");
    }

    @Test
    void lookUpKeysAreKeyedSm3HashesEqualForEqualTexts() {
        String key = cipher.lookupKey("ID_CARD:" + ID);
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertEquals(key, cipher.lookupKey("ID_CARD:" + ID));
        assertNotEquals(key, new FieldCipher("k2", Map.of("k2", NEW), NEW).lookupKey("ID_CARD:" + ID),
                "another look-up key, another hash");
        SM3Digest plain = new SM3Digest();
        byte[] input = ("ID_CARD:" + ID).getBytes(StandardCharsets.UTF_8);
        plain.update(input, 0, input.length);
        byte[] unkeyed = new byte[32];
        plain.doFinal(unkeyed, 0);
        assertNotEquals(HEX.formatHex(unkeyed), key, "not a plain SM3 anyone could recompute");
    }

    @Test
    void badKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher("k1", Map.of("k1", new byte[15]), LOOKUP));
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher("k1", Map.of("k2", NEW), LOOKUP));
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher("k:1", Map.of("k:1", NEW), LOOKUP));
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher("k1", Map.of("k1", NEW), new byte[8]));
        assertFalse(cipher.toString().contains(HEX.formatHex(NEW)), "the keys never show");
    }
}
