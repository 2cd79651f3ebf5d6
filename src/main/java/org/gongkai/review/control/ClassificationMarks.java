package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.util.List;

/**
 * Finds classification markings (密级标志), which must never reach the public site (涉密不上网、上网不涉密;
 * State Secrets Law Art. 35 and Art. 14 of the OGI Regulations): 绝密, 机密, 秘密 with or without ★
 * and a period (机密★1年, 秘密★5年, 绝密★长期, 机密★2030年12月31日), the work-secret marking 工作秘密,
 * 内部 and 内部资料 (注意保存).
 *
 * <p>The words also occur in ordinary government prose (保守国家秘密, 商业秘密, 机密文件, 内部管理,
 * 国家秘密和工作秘密). A bare word there is not a marking, and flagging every 保守秘密 would bury the
 * real ones, so a mark word is reported only where it is used as a marking:
 * <ul>
 * <li>followed by ★ or ☆ (with or without a period), anywhere;</li>
 * <li>after the label 密级 (密级：秘密, 密级 机密级);</li>
 * <li>in brackets of its own (【机密】, 〔内部〕, （工作秘密）), reported with the brackets;</li>
 * <li>standing apart: preceded by the start of a line or white space and followed by the end of a
 *     line or white space — Chinese prose does not put spaces around words, a header line does;</li>
 * <li>内部资料 followed by 注意保存, 注意保管, 妥善保管 or 注意保密 (内部资料 注意保存).</li>
 * </ul>
 * An organ that wants every mention of, say, 国家秘密 flagged adds it to the sensitive-term list.
 */
final class ClassificationMarks {

    private static final String OPENING = "【[［〔（(「『〈《";
    private static final String CLOSING = "】]］〕）)」』〉》";
    private static final String[] RIDERS = {"注意保存", "注意保管", "妥善保管", "注意保密"};
    private static final String NUMERALS = "〇零一二两三四五六七八九十百";

    private ClassificationMarks() {
    }

    /** Adds the markings in {@code text} to {@code out}, ordered by start. */
    static void find(char[] text, List<Finding> out) {
        int n = text.length;
        for (int i = 0; i < n; i++) {
            int length = markLength(text, i);
            if (length == 0) {
                continue;
            }
            int end = i + length;
            boolean internalMaterial = length == 4 && text[i] == '内';
            boolean labelled = afterLabel(text, i);
            if (labelled && end < n && text[end] == '级') {
                end++;
            }
            int afterStar = starAndPeriod(text, end);
            boolean marking = afterStar >= 0 || labelled;
            if (afterStar >= 0) {
                end = afterStar;
            }
            if (internalMaterial) {
                int afterRider = rider(text, end);
                if (afterRider >= 0) {
                    end = afterRider;
                    marking = true;
                }
            }
            int start = i;
            int bracket = i > 0 ? OPENING.indexOf(text[i - 1]) : -1;
            if (bracket >= 0 && end < n && text[end] == CLOSING.charAt(bracket)) {
                start = i - 1;
                end++;
                marking = true;
            }
            if (!marking) {
                marking = (i == 0 || Chars.isSpaceOrBreak(text[i - 1]))
                        && (end == n || Chars.isSpaceOrBreak(text[end]));
            }
            if (marking) {
                out.add(new Finding(FindingKind.CLASSIFICATION_MARK, new String(text, start, end - start), start, end,
                        null));
            }
            i = end - 1;
        }
    }

    /** @return the length of the mark word at {@code i}, 0 when none begins there */
    private static int markLength(char[] text, int i) {
        switch (text[i]) {
            case '绝', '机', '秘':
                return i + 1 < text.length && text[i + 1] == '密' ? 2 : 0;
            case '工':
                return Chars.startsWith(text, i, "工作秘密") ? 4 : 0;
            case '内':
                if (Chars.startsWith(text, i, "内部资料")) {
                    return 4;
                }
                return i + 1 < text.length && text[i + 1] == '部' ? 2 : 0;
            default:
                return 0;
        }
    }

    /** Whether the label 密级 (with an optional colon) stands just before {@code i}. */
    private static boolean afterLabel(char[] text, int i) {
        int j = i - 1;
        while (j >= 0 && Chars.isBlank(text[j])) {
            j--;
        }
        if (j >= 0 && (text[j] == '：' || text[j] == ':')) {
            j--;
            while (j >= 0 && Chars.isBlank(text[j])) {
                j--;
            }
        }
        return j >= 1 && text[j - 1] == '密' && text[j] == '级';
    }

    /** @return the end of ★ and the period after it, or -1 when no ★ follows {@code at} */
    private static int starAndPeriod(char[] text, int at) {
        int j = skipBlanks(text, at, 2);
        if (j >= text.length || (text[j] != '★' && text[j] != '☆')) {
            return -1;
        }
        int afterStar = j + 1;
        j = skipBlanks(text, afterStar, 1);
        if (Chars.startsWith(text, j, "长期")) {
            return j + 2;
        }
        int k = numeral(text, j);
        if (k == j || k >= text.length) {
            return afterStar;
        }
        if (text[k] == '年') {
            int month = numeral(text, k + 1);
            if (month > k + 1 && month < text.length && text[month] == '月') {
                int day = numeral(text, month + 1);
                return day > month + 1 && day < text.length && text[day] == '日' ? day + 1 : month + 1;
            }
            return k + 1;
        }
        if (Chars.startsWith(text, k, "个月")) {
            return k + 2;
        }
        if (text[k] == '月' || text[k] == '天') {
            return k + 1;
        }
        return afterStar;
    }

    private static int numeral(char[] text, int at) {
        int k = at;
        while (k < text.length && k - at < 8 && (Chars.isDigit(text[k]) || NUMERALS.indexOf(text[k]) >= 0)) {
            k++;
        }
        return k;
    }

    private static int skipBlanks(char[] text, int at, int most) {
        int j = at;
        while (j < text.length && j - at < most && Chars.isBlank(text[j])) {
            j++;
        }
        return j;
    }

    /** @return the end of a rider such as 注意保存 after 内部资料, or -1 when none follows */
    private static int rider(char[] text, int at) {
        int j = at;
        while (j < text.length && j - at < 3 && isRiderSeparator(text[j])) {
            j++;
        }
        for (String rider : RIDERS) {
            if (Chars.startsWith(text, j, rider)) {
                return j + rider.length();
            }
        }
        return -1;
    }

    private static boolean isRiderSeparator(char c) {
        return Chars.isBlank(c) || "，,、·•・．.－-—".indexOf(c) >= 0;
    }
}
