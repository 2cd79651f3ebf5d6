package org.gongkai.catalogue.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 法定主动公开内容 column tree: the categories of information every organ publishes
 * proactively (Art. 19–20 of the OGI Regulations), arranged as the 基层政务公开标准目录 practice
 * arranges them. A column is written "top" or "top/child", e.g. {@code 法规文件/规范性文件}. A
 * classification of catalogue entries beside the subject classes, not a site column.
 */
public final class StatutoryColumns {

    private static final Map<String, List<String>> TREE = tree();

    private StatutoryColumns() {
    }

    private static Map<String, List<String>> tree() {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        tree.put("机构职能", List.of("机构信息", "领导信息", "内设机构"));
        tree.put("法规文件", List.of("法律法规", "规章", "规范性文件", "政策解读"));
        tree.put("规划计划", List.of("发展规划", "工作计划", "工作总结"));
        tree.put("财政预决算", List.of("财政预算", "财政决算", "部门预决算", "“三公”经费"));
        tree.put("人事信息", List.of("人事任免", "公务员招考", "事业单位招聘"));
        tree.put("行政权力", List.of("权责清单", "行政许可", "行政处罚", "行政强制"));
        tree.put("公共服务", List.of("办事指南", "教育", "社会保障", "医疗卫生"));
        tree.put("重大建设项目", List.of("项目批准", "项目实施"));
        tree.put("政府采购", List.of("采购公告", "采购结果"));
        tree.put("统计信息", List.of("统计公报", "统计数据"));
        tree.put("应急管理", List.of("应急预案", "突发事件"));
        tree.put("建议提案办理", List.of("人大代表建议", "政协委员提案"));
        return java.util.Collections.unmodifiableMap(tree);
    }

    /** The tree: each top-level column with its children, in order. */
    public static Map<String, List<String>> all() {
        return TREE;
    }

    /** Whether a column ("top" or "top/child") is in the tree. */
    public static boolean exists(String column) {
        if (column == null || column.isBlank()) {
            return false;
        }
        int slash = column.indexOf('/');
        if (slash < 0) {
            return TREE.containsKey(column);
        }
        List<String> children = TREE.get(column.substring(0, slash));
        return children != null && children.contains(column.substring(slash + 1));
    }

    /** The breadcrumb of a column: its top level, then its child when it has one. */
    public static List<String> trail(String column) {
        if (!exists(column)) {
            return List.of();
        }
        return List.of(column.split("/"));
    }
}
