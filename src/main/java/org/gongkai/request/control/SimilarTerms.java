package org.gongkai.request.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a request's description worth looking for in the published catalogue: Chinese
 * text cut into two-character words (the catalogue's search matches substrings, and bigrams are
 * how Chinese search finds words without a dictionary), without the phrases every request has
 * (请公开, 本机关, 相关信息, …).
 */
public final class SimilarTerms {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final List<String> FILLER = List.of("请求", "申请", "公开", "贵机关", "本机关", "贵单位", "本单位", "机关",
            "关于", "相关", "有关", "信息", "政府", "提供", "获取", "要求", "查询", "希望", "需要", "复印", "文件", "材料",
            "情况", "内容", "具体", "以及", "我们", "我", "请", "的", "了", "和", "及", "与", "等", "年", "月", "日", "份", "该", "其");

    private SimilarTerms() {
    }

    public static List<String> of(String description, int max) {
        if (description == null) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        Matcher run = HAN.matcher(description);
        while (run.find() && terms.size() < max) {
            String text = run.group();
            for (String filler : FILLER) {
                text = text.replace(filler, " ");
            }
            for (String part : text.split(" ")) {
                for (int i = 0; i + 2 <= part.length() && terms.size() < max; i++) {
                    terms.add(part.substring(i, i + 2));
                }
            }
        }
        return new ArrayList<>(terms);
    }
}
