package org.gongkai.infowork.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TextFingerprintTest {

    @Test
    void textsThatDifferOnlyInLayoutAndPunctuationShareTheFingerprint() {
        assertEquals(TextFingerprint.of("全镇走访困难群众120户。"), TextFingerprint.of("全镇 走访困难群众，120户\n"));
    }

    @Test
    void differentWordsDoNot() {
        assertNotEquals(TextFingerprint.of("全镇走访困难群众120户。"), TextFingerprint.of("全镇走访困难群众121户。"));
    }
}
