package org.gongkai.column.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.api.OrganDto;
import org.gongkai.account.boundary.Organs;
import org.gongkai.column.boundary.ColumnCommand;
import org.gongkai.column.boundary.SiteColumns;
import org.gongkai.column.entity.ColumnType;
import org.gongkai.column.entity.SiteColumn;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.util.List;

/**
 * The staff page of the columns ({@code /staff/columns}): the administrator sets up a column; an
 * editor submits an article to a column of their organ, which goes to the review.
 */
@Named
@ViewScoped
public class ColumnsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteColumns columns;

    @Inject
    transient Organs organs;

    @Inject
    transient FacesContext faces;

    private ColumnCommand form = new ColumnCommand();
    private String column;
    private String title;
    private String body;
    private String source;

    public ColumnsBacking() {
        form.type = "NEWS";
        form.cycleDays = 14;
    }

    public String create() {
        try {
            columns.create(form);
            FacesNotices.done(faces, "columns.created");
            form = new ColumnCommand();
            form.type = "NEWS";
            form.cycleDays = 14;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public String submit() {
        try {
            columns.submit(column, title, body, source);
            FacesNotices.done(faces, "columns.submitted");
            title = null;
            body = null;
            source = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
        return null;
    }

    public List<SiteColumn> getAll() {
        return columns.all();
    }

    public ColumnType[] getTypes() {
        return ColumnType.values();
    }

    public List<OrganDto> getOrgans() {
        return organs.all().stream().map(OrganDto::of).toList();
    }

    public ColumnCommand getForm() { return form; }
    public String getColumn() { return column; }
    public void setColumn(String column) { this.column = column; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
