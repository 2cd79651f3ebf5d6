package org.gongkai.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.OrganCommand;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.util.List;

/**
 * The administrators' page of organs ({@code /staff/admin/organs}): the organs whose information
 * the portal publishes, and a form to add one (the boundary checks the ADMIN role, validates the
 * code and name, and records the addition).
 */
@Named
@ViewScoped
public class OrgansAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organs organs;

    @Inject
    transient FacesContext faces;

    private String code;
    private String name;

    public List<Organ> getOrgans() {
        return organs.all();
    }

    public void add() {
        try {
            OrganCommand form = new OrganCommand();
            form.code = code == null ? null : code.strip();
            form.name = name;
            Organ added = organs.create(form);
            FacesNotices.done(faces, "admin.organs.added", added.name(), added.code());
            code = null;
            name = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
