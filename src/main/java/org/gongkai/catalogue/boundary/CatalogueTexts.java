package org.gongkai.catalogue.boundary;

import org.gongkai.catalogue.control.HtmlCleaner;
import org.gongkai.catalogue.entity.CatalogueVersion;

/** The text of a version that the review scans and shows, one field per line. */
final class CatalogueTexts {

    private CatalogueTexts() {
    }

    static String reviewText(CatalogueVersion version) {
        return String.join("\n",
                "标题：" + version.title(),
                "文号：" + (version.docNo() == null ? "" : version.docNo()),
                "主题分类：" + version.subject() + "　体裁：" + version.genre() + "　有效性：" + version.validity(),
                "关键词：" + String.join("、", version.keywordList()),
                "内容概述：" + version.summary(),
                "正文：" + HtmlCleaner.text(version.body()));
    }
}
