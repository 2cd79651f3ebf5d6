package org.gongkai.catalogue.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 法定主动公开内容 tree: the categories of Art. 20 as the 基层政务公开标准目录 arranges them. */
class StatutoryColumnsTest {

    @Test
    void theTreeStartsWithTheUsualTopLevelColumns() {
        assertEquals(List.of("机构职能", "法规文件", "规划计划", "财政预决算", "人事信息"),
                List.copyOf(StatutoryColumns.all().keySet()).subList(0, 5));
    }

    @Test
    void aColumnIsATopLevelOrOneOfItsChildren() {
        assertTrue(StatutoryColumns.exists("法规文件"));
        assertTrue(StatutoryColumns.exists("法规文件/规范性文件"));
        assertFalse(StatutoryColumns.exists("法规文件/办事指南"), "a child of another column");
        assertFalse(StatutoryColumns.exists("新闻动态"));
        assertEquals(List.of("法规文件", "规范性文件"), StatutoryColumns.trail("法规文件/规范性文件"));
        assertEquals(List.of(), StatutoryColumns.trail("新闻动态"));
    }
}
