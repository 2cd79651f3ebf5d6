package org.gongkai.column.entity;

/** The kinds of column the inspection tells apart (动态要闻, 通知公告/政策文件, 规划计划 …). */
public enum ColumnType {
    NEWS("动态要闻"), POLICY("通知公告/政策文件"), PLAN("规划计划"), SERVICE("办事服务"), INTERACTION("互动交流"),
    TOPIC("专题专栏"), OTHER("其他");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
