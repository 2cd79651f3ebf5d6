package org.gongkai.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.review.boundary.SensitiveTerms;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The administrators' page of the sensitive-term list ({@code /staff/admin/terms}) that the
 * confidentiality pre-scan looks for: one term a line, saved as a whole (the boundary checks the
 * ADMIN role, records the change and has the scanner pick up the new list).
 */
@Named
@ViewScoped
public class SensitiveTermsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SensitiveTerms terms;

    @Inject
    transient FacesContext faces;

    private String text;
    private int count;

    public void load() {
        if (text == null) {
            var all = terms.all();
            count = all.size();
            text = String.join("\n", all);
        }
    }

    public void save() {
        try {
            count = terms.replace(Arrays.asList(text == null ? new String[0] : text.split("\\R")));
            text = String.join("\n", terms.all());
            FacesNotices.done(faces, "admin.terms.saved", count);
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getCount() {
        return count;
    }
}
