package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Throughput of {@link ContentScanner#scan(String)} on one thread, over about 50 MB (UTF-8) of generated
 * government prose with personal data and markings sprinkled in, against a list of 10,000 terms.
 * Not a test (Surefire does not pick it up): run {@code benchmarks/scanner/run.sh}.
 *
 * <p>Arguments (all optional): megabytes of text (50), timed rounds (5), terms (10000).
 */
public final class ScannerBenchmark {

    private static final String[] WORDS = {
        "各市州人民政府", "省政府各厅委", "各直属机构", "根据", "《中华人民共和国政府信息公开条例》", "为进一步", "加强",
        "规范", "推进", "落实", "深化", "完善", "健全", "建立", "工作机制", "政务公开", "政府信息", "主动公开", "依申请公开",
        "保密审查", "安全生产", "责任制", "乡村振兴", "高质量发展", "营商环境", "优化", "服务", "群众", "企业", "基层",
        "社会治理", "财政资金", "专项资金", "预算管理", "绩效评价", "监督检查", "审计整改", "行政执法", "行政许可",
        "公共服务", "民生保障", "社会救助", "养老保险", "医疗保障", "教育", "卫生健康", "生态环境", "自然资源",
        "住房和城乡建设", "交通运输", "农业农村", "水利", "应急管理", "市场监督管理", "统计", "人力资源和社会保障",
        "发展和改革", "工业和信息化", "科学技术", "民政", "司法行政", "文化和旅游", "退役军人事务", "各级", "各部门",
        "要", "应当", "按照", "有关规定", "及时", "准确", "全面", "认真", "组织实施", "统筹", "协调", "配合", "确保",
        "取得实效", "现就有关事项通知如下", "特此通知", "经研究", "决定", "开展", "专项行动", "年度", "第一季度",
        "目标任务", "时间节点", "工作要求", "联系人", "附件", "办公室", "领导小组", "牵头单位", "责任单位", "县市区",
        "乡镇人民政府", "街道办事处", "村民委员会", "社区居民委员会", "公示", "公告", "通报", "意见", "方案", "办法",
        "实施细则", "暂行规定", "试行", "自发布之日起施行", "有效期", "解释", "负责", "报送", "汇总", "审核", "备案",
        "信息化建设", "数据共享", "一网通办", "放管服", "改革", "创新", "试点", "示范", "推广", "经验做法",
    };
    private static final String PUNCTUATION = "，，，，、、；。";
    private static final String COMMON = "国家政府人民工作发展建设管理服务安全公开信息保密审查机关单位部门省市县区乡镇村";
    private static final String[] PLANTED_TERMS = {"法轮功", "邪教组织", "颠覆国家政权", "非法集资", "传销组织"};

    private ScannerBenchmark() {
    }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int termCount = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;

        List<String> terms = terms(termCount, 2026);
        String text = text(megabytes * 1_000_000L, 13);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        long built = System.nanoTime();
        ContentScanner scanner = new ContentScanner(terms);
        double buildMs = (System.nanoTime() - built) / 1e6;
        System.out.printf(Locale.ROOT, "java %s on %s/%s, %d processors available%n",
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "text: %,d chars, %,d UTF-8 bytes; terms: %,d (automaton built in %.0f ms)%n",
                text.length(), bytes, scanner.termCount(), buildMs);

        // Warm-up: a few rounds over a fifth of the text, then one whole round.
        String fifth = text.substring(0, text.length() / 5);
        for (int k = 0; k < 5; k++) {
            scanner.scan(fifth);
        }
        List<Finding> findings = scanner.scan(text);
        System.out.printf(Locale.ROOT, "findings per scan: %,d (%s)%n", findings.size(), countByKind(findings));

        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            int n = scanner.scan(text).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[r] = bytes / 1e6 / seconds;
            System.out.printf(Locale.ROOT, "round %d: %.3f s, %.1f MB/s (%d findings)%n", r + 1, seconds, rates[r], n);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT,
                "scan, whole: median %.1f MB/s, best %.1f MB/s (MB = 10^6 bytes of UTF-8 input)%n",
                sorted[rounds / 2], sorted[rounds - 1]);

        // Where the time goes: each detector alone over the same text.
        char[] chars = text.toCharArray();
        TermAutomaton automaton = new TermAutomaton(terms);
        List<Finding> emails = new ArrayList<>();
        PersonalData.findEmails(chars, emails);
        part("e-mail addresses", bytes, () -> PersonalData.findEmails(chars, new ArrayList<>()));
        part("numbers", bytes, () -> PersonalData.findNumbers(chars, emails, new ArrayList<>()));
        part("markings", bytes, () -> ClassificationMarks.find(chars, new ArrayList<>()));
        part("sensitive terms", bytes, () -> automaton.scan(chars, new ArrayList<>()));
    }

    private static void part(String name, long bytes, Runnable detector) {
        for (int k = 0; k < 3; k++) {
            detector.run();
        }
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long start = System.nanoTime();
            detector.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "  %-17s %7.1f MB/s%n", name, bytes / 1e6 / (best / 1e9));
    }

    private static String countByKind(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (FindingKind kind : FindingKind.values()) {
            long n = findings.stream().filter(f -> f.kind() == kind).count();
            out.append(out.length() == 0 ? "" : ", ").append(kind).append(' ').append(n);
        }
        return out.toString();
    }

    /**
     * Terms as a real list would look against government prose: most begin with common characters and
     * go on with rare ones (the automaton leaves its root and falls back), some are runs of common
     * characters, a few are planted in the text.
     */
    static List<String> terms(int count, long seed) {
        Random random = new Random(seed);
        Set<String> terms = new LinkedHashSet<>(Arrays.asList(PLANTED_TERMS));
        while (terms.size() < count) {
            StringBuilder term = new StringBuilder();
            if (random.nextInt(10) < 7) {
                int common = 1 + random.nextInt(2);
                for (int k = 0; k < common; k++) {
                    term.append(COMMON.charAt(random.nextInt(COMMON.length())));
                }
                int rare = 1 + random.nextInt(3);
                for (int k = 0; k < rare; k++) {
                    term.append((char) (0x3400 + random.nextInt(0x19B5)));
                }
            } else {
                int length = 3 + random.nextInt(3);
                for (int k = 0; k < length; k++) {
                    term.append(COMMON.charAt(random.nextInt(COMMON.length())));
                }
            }
            terms.add(term.toString());
        }
        return new ArrayList<>(terms);
    }

    /** Government prose of about {@code bytes} UTF-8 bytes, with data to find every few hundred characters. */
    static String text(long bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder((int) (bytes / 3 + 1024));
        long utf8 = 0;
        while (utf8 < bytes) {
            int before = text.length();
            int sentence = 4 + random.nextInt(10);
            for (int w = 0; w < sentence; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                if (random.nextInt(4) == 0) {
                    text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                }
            }
            switch (random.nextInt(40)) {
                case 0 -> text.append("，联系电话：").append(mobile(random));
                case 1 -> text.append("，身份证号码").append(idNumber(random));
                case 2 -> text.append("，账号").append(card(random));
                case 3 -> text.append("，电子邮箱：user").append(random.nextInt(10_000)).append("@hunan.gov.cn");
                case 4 -> text.append("（湘政办发〔2025〕").append(random.nextInt(200)).append("号）");
                case 5 -> text.append("，2026年").append(1 + random.nextInt(12)).append('月')
                        .append(1 + random.nextInt(28)).append("日");
                case 6 -> text.append("，办公室电话0731-8").append(1_000_000 + random.nextInt(9_000_000));
                case 7 -> text.append(PLANTED_TERMS[random.nextInt(PLANTED_TERMS.length)]);
                case 8 -> text.append("\n机密★").append(1 + random.nextInt(10)).append("年\n");
                case 9 -> text.append("，保守国家秘密");
                default -> {
                }
            }
            text.append('。');
            if (random.nextInt(6) == 0) {
                text.append("\n　　");
            }
            for (int k = before; k < text.length(); k++) {
                utf8 += text.charAt(k) < 0x80 ? 1 : text.charAt(k) < 0x800 ? 2 : 3;
            }
        }
        return text.toString();
    }

    private static String mobile(Random random) {
        return "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
    }

    private static String idNumber(Random random) {
        String seventeen = String.format(Locale.ROOT, "4301%02d%04d%02d%02d%03d", 1 + random.nextInt(20),
                1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        int sum = 0;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int k = 0; k < 17; k++) {
            sum += (seventeen.charAt(k) - '0') * weights[k];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }

    private static String card(Random random) {
        StringBuilder digits = new StringBuilder("6222");
        while (digits.length() < 18) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            String candidate = digits.toString() + check;
            if (PersonalData.luhn(candidate.toCharArray(), 0, candidate.length())) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
