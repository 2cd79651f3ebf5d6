package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random text made of the characters the detectors care about: nothing breaks, offsets always hold. */
class ScannerRobustnessTest {

    private static final String ALPHABET = "0123456789０１X x-－+@＠.．_ab\n　★☆密级：:【】（）机秘绝工作内部资料注意保存年个月长期86";

    @Test
    void randomTextNeverBreaksTheScanOrTheMasking() {
        ContentScanner scanner = new ContentScanner(List.of("ab", "b.a", "秘密", "内部资料", "86"));
        Random random = new Random(20260213);
        for (int round = 0; round < 3000; round++) {
            int length = random.nextInt(80);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(5) == 0 ? valid(random)
                        : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
            }
            String s = text.toString();
            List<Finding> found = scanner.scan(s);
            int lastStart = -1;
            int personalEnd = 0;
            for (Finding f : found) {
                assertEquals(f.text(), s.substring(f.start(), f.end()), s);
                assertTrue(f.start() >= lastStart, s);
                lastStart = f.start();
                if (f.kind().isPersonalData()) {
                    assertTrue(f.start() >= personalEnd, "personal data findings never overlap: " + s);
                    personalEnd = f.end();
                    assertTrue(f.suggestion() != null && f.suggestion().contains("*"), s);
                }
            }
            assertMaskedExactly(s, found, scanner.applyMasking(s, found));
        }
    }

    @Test
    void maskingReplacesEachPersonalFindingAndNothingElse() {
        ContentScanner scanner = new ContentScanner(List.of("秘密"));
        String text = "秘密 联系人手机 13907318888，身份证 430102199003071234，邮箱 li@example.cn。";
        List<Finding> found = scanner.scan(text);

        String masked = scanner.applyMasking(text, found);

        assertEquals("秘密 联系人手机 139****8888，身份证 43*************234，邮箱 l***@example.cn。", masked);
    }

    /**
     * The masked text is the scanned text with each finding that carries a suggestion replaced by its
     * suggestion, in place, and every other character kept: a masker that returns the text unchanged,
     * drops text or masks the wrong span fails here.
     */
    private static void assertMaskedExactly(String s, List<Finding> found, String masked) {
        List<Finding> masks = found.stream().filter(f -> f.suggestion() != null)
                .sorted(java.util.Comparator.comparingInt(Finding::start)).toList();
        int shift = 0;
        int copied = 0;
        for (Finding f : masks) {
            int at = f.start() + shift;
            assertTrue(masked.regionMatches(copied + shift, s, copied, f.start() - copied),
                    "text before a finding is kept: " + s + " -> " + masked);
            assertTrue(masked.startsWith(f.suggestion(), at), "finding replaced by its suggestion: " + s + " -> " + masked);
            assertFalse(masked.startsWith(f.text(), at), "personal data no longer there: " + s + " -> " + masked);
            shift += f.suggestion().length() - f.text().length();
            copied = f.end();
        }
        assertEquals(s.length() + shift, masked.length(), s + " -> " + masked);
        assertTrue(masked.regionMatches(copied + shift, s, copied, s.length() - copied), "the rest is kept: " + s);
    }

    private static String valid(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "13907318888";
            case 1 -> "430102199003071234";
            case 2 -> "6228480012345671";
            case 3 -> "li@example.cn";
            default -> "11010519491231002X";
        };
    }
}
