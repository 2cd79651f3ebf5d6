package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.gongkai.review.control.ScanAssertions.described;
import static org.gongkai.review.control.ScanAssertions.only;
import static org.gongkai.review.control.ScanAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensitiveTermsTest {

    private static final String POOL = "国家政府人民工作发展建设管理服务安全公开信息保密审查机关单位部门省市县区乡镇村";

    @Test
    void aTermInsideALongerMatchIsNotReportedButOverlappingTermsBothAre() {
        ContentScanner scanner = new ContentScanner(List.of("法轮", "法轮功", "国家秘密", "秘密文件", "秘密"));
        assertEquals(List.of("SENSITIVE_TERM:法轮功", "SENSITIVE_TERM:国家秘密", "SENSITIVE_TERM:秘密文件"),
                described(scanner.scan("某某宣扬法轮功，泄露国家秘密文件")));
        assertEquals(List.of("SENSITIVE_TERM:法轮", "SENSITIVE_TERM:秘密"), described(scanner.scan("法轮，秘密")));
        assertEquals(List.of("CLASSIFICATION_MARK:秘密★1年"), described(scanner.scan("秘密★1年")),
                "a term inside a marking is reported once, as the marking");
    }

    @Test
    void caseAndFullWidthFormsDoNotMatterButAsciiTermsNeedWordEdges() {
        ContentScanner scanner = new ContentScanner(List.of("AV", "VPN翻墙", "  ", "", "Vpn翻墙"));
        assertEquals(2, scanner.termCount(), "blank terms ignored, duplicates folded together");
        List<Finding> found = scanner.scan("average AV av ＡＶ小视频；使用vpn翻墙软件；ＶＰＮ翻墙；AV2");
        assertEquals(List.of("AV", "av", "ＡＶ", "vpn翻墙", "ＶＰＮ翻墙"), texts(found, FindingKind.SENSITIVE_TERM));
    }

    @Test
    void thousandsOfTermsInOnePassInARealisticNotice() {
        List<String> terms = unlikelyTerms(5000, 42);
        terms.addAll(List.of("法轮功", "邪教组织", "颠覆国家政权", "非法集资"));
        ContentScanner scanner = new ContentScanner(terms);
        String notice = "关于开展打击非法集资宣传月活动的通知\n"
                + "各县市区人民政府，市直各单位：\n"
                + "　　为深入贯彻落实国务院关于防范和处置非法集资工作的部署，进一步增强群众风险防范意识，"
                + "市政府决定于2026年3月开展宣传月活动。各地要依法严厉打击邪教组织的渗透破坏活动，"
                + "坚决防范颠覆国家政权的各种图谋。\n"
                + "　　联系人：市处非办 刘洋，电话0731-84212345。\n";
        List<Finding> found = only(scanner.scan(notice), FindingKind.SENSITIVE_TERM);
        assertEquals(List.of("非法集资", "非法集资", "邪教组织", "颠覆国家政权"),
                found.stream().map(Finding::text).toList());
        for (Finding f : found) {
            assertEquals(f.text(), notice.substring(f.start(), f.end()));
        }
    }

    /** The automaton against a slow, obviously right reference over text dense with matches. */
    @Test
    void agreesWithANaiveSearchOverTextDenseWithMatches() {
        for (int seed = 1; seed <= 5; seed++) {
            List<String> terms = generatedTerms(3000, seed);
            terms.add(POOL.substring(0, 1));
            ContentScanner scanner = new ContentScanner(terms);
            Random random = new Random(seed * 31L);
            StringBuilder text = new StringBuilder();
            while (text.length() < 4000) {
                text.append(random.nextInt(3) == 0 ? terms.get(random.nextInt(terms.size()))
                        : String.valueOf(POOL.charAt(random.nextInt(POOL.length()))));
            }
            List<int[]> expected = naiveMaximalMatches(text.toString(), terms);
            List<Finding> found = scanner.scan(text.toString());
            assertTrue(expected.size() > 500, "the text holds many matches");
            assertEquals(expected.size(), found.size());
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k)[0], found.get(k).start(), "start of match " + k);
                assertEquals(expected.get(k)[1], found.get(k).end(), "end of match " + k);
            }
        }
    }

    /** Every occurrence of every term, then those not strictly inside another occurrence. */
    private static List<int[]> naiveMaximalMatches(String text, List<String> terms) {
        Set<String> distinct = new LinkedHashSet<>(terms);
        List<int[]> all = new ArrayList<>();
        for (String term : distinct) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                all.add(new int[] {at, at + term.length()});
            }
        }
        List<int[]> maximal = new ArrayList<>();
        for (int[] m : all) {
            boolean inside = false;
            for (int[] o : all) {
                if (o != m && o[0] <= m[0] && o[1] >= m[1] && (o[1] - o[0]) > (m[1] - m[0])) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                maximal.add(m);
            }
        }
        maximal.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> m[1]));
        return maximal;
    }

    /** Terms of 2 to 6 characters drawn from a small pool, so that they share prefixes and suffixes. */
    static List<String> generatedTerms(int count, long seed) {
        Random random = new Random(seed);
        Set<String> terms = new LinkedHashSet<>();
        while (terms.size() < count) {
            int length = 2 + random.nextInt(5);
            StringBuilder term = new StringBuilder();
            for (int k = 0; k < length; k++) {
                term.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            terms.add(term.toString());
        }
        return new ArrayList<>(terms);
    }

    /**
     * Terms that never occur in ordinary text yet begin like it: a common character followed by 1 to 4
     * rare ones (CJK Extension A), as a stand-in for a real list of thousands of terms.
     */
    static List<String> unlikelyTerms(int count, long seed) {
        Random random = new Random(seed);
        Set<String> terms = new LinkedHashSet<>();
        while (terms.size() < count) {
            StringBuilder term = new StringBuilder().append(POOL.charAt(random.nextInt(POOL.length())));
            int rare = 1 + random.nextInt(4);
            for (int k = 0; k < rare; k++) {
                term.append((char) (0x3400 + random.nextInt(0x19B5)));
            }
            terms.add(term.toString());
        }
        return new ArrayList<>(terms);
    }
}
