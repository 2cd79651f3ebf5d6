package org.gongkai.request.control;

import org.gongkai.platform.entity.FieldCipher;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentitiesTest {

    @Test
    void identityCardNumbersCarryACheckCharacter() {
        assertTrue(Identities.isIdCardNumber("110101199003070011"));
        assertTrue(Identities.isIdCardNumber("11010519491231002x"), "lower-case x is fine");
        assertFalse(Identities.isIdCardNumber("110101199003070019"), "wrong check character");
        assertFalse(Identities.isIdCardNumber("110101199002300018"), "30 February");
        assertFalse(Identities.isIdCardNumber("11010119900307001"));
    }

    @Test
    void creditCodesCarryACheckCharacter() {
        assertTrue(Identities.isCreditCode("91430100MA4L16J1XK"));
        assertFalse(Identities.isCreditCode("91430100MA4L16J1XA"));
        assertFalse(Identities.isCreditCode("91430100MA4L16J1X"));
        assertFalse(Identities.isCreditCode("91430100MA4L16J1IK"), "I is not in the alphabet");
    }

    private static final FieldCipher KEYS = new FieldCipher("k1", Map.of("k1", new byte[16]), "look-up key of the test".getBytes());
    private static final FieldCipher OTHER_KEYS = new FieldCipher("k1", Map.of("k1", new byte[16]), "another look-up key".getBytes());

    @Test
    void oneApplicantOneKeyHoweverTyped() {
        assertEquals(Identities.applicantKey(KEYS, "ID", "11010519491231002x"),
                Identities.applicantKey(KEYS, "ID", " 11010519491231002X"));
        assertNotEquals(Identities.applicantKey(KEYS, "ID", "110101199003070011"),
                Identities.applicantKey(KEYS, "ID", "11010519491231002X"));
    }

    @Test
    void theApplicantKeyIsAKeyedHashNobodyCanRecomputeWithoutTheKey() {
        String key = Identities.applicantKey(KEYS, "ID_CARD", "110101199003070011");
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertNotEquals(Secrets.sha256("ID_CARD:110101199003070011"), key, "no longer the plain SHA-256 of V40");
        assertNotEquals(Identities.applicantKey(OTHER_KEYS, "ID_CARD", "110101199003070011"), key);
        assertEquals(Identities.nameKey(KEYS, "张三"), Identities.nameKey(KEYS, " 张 三 "));
        assertNotEquals(Identities.nameKey(KEYS, "张三"), Identities.nameKey(KEYS, "张四"));
    }

    @Test
    void personalDataMasked() {
        assertEquals("张*", Masks.name("张三"));
        assertEquals("11*************011", Masks.idNumber("110101199003070011"));
        assertEquals("138****8000", Masks.phone("13800138000"));
        assertEquals("z***@example.cn", Masks.email("zhang@example.cn"));
        assertEquals("长沙市岳麓区****", Masks.address("长沙市岳麓区麓山南路1号"));
    }

    @Test
    void passcodesAreCheckedAsTypedAndStoredOnlyAsHashes() {
        String passcode = Secrets.passcode();
        String salt = Secrets.salt();
        String hash = Secrets.hash(salt, passcode);

        assertTrue(passcode.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), passcode);
        assertFalse(hash.contains(Secrets.normalise(passcode)));
        assertTrue(Secrets.matches(salt, hash, passcode.toLowerCase().replace("-", " ")));
        assertFalse(Secrets.matches(salt, hash, "AAAA-BBBB-CCCC"));
        assertTrue(Secrets.trackingCode(2026).matches("2026-[2-9A-HJ-NP-Z]{8}"));
    }
}
