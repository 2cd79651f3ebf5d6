package org.gongkai.column.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.column.boundary.SiteColumns;

/** The public pages of a column ({@code /column?code=}) and of an article ({@code /article?id=}). */
@Named
@RequestScoped
public class ColumnBacking {

    @Inject
    SiteColumns columns;

    private String code;
    private Long id;
    private int page;
    private SiteColumns.ColumnPage column;
    private SiteColumns.Published article;

    public SiteColumns.ColumnPage getColumn() {
        if (column == null) {
            column = columns.page(code, Math.max(0, page), 20);
        }
        return column;
    }

    public SiteColumns.Published getArticle() {
        if (article == null) {
            article = columns.article(id == null ? -1 : id);
        }
        return article;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
