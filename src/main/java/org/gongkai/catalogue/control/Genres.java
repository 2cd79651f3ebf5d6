package org.gongkai.catalogue.control;

import java.util.List;

/** The genres (体裁) of official documents a catalogue entry may have (党政机关公文处理工作条例 and common practice). */
public final class Genres {

    public static final List<String> ALL = List.of(
            "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
            "议案", "函", "纪要", "规定", "办法", "细则", "方案", "规划", "计划", "总结", "其他");

    private Genres() {
    }

    public static boolean isKnown(String genre) {
        return ALL.contains(genre);
    }
}
