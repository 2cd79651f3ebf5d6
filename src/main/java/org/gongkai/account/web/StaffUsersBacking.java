package org.gongkai.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.StaffUserCommand;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.boundary.StaffUsers;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrators' page of staff accounts ({@code /staff/admin/users}): the list, and one form
 * that adds a user or changes the one chosen from the list (name, organ, roles, enabled, a new
 * password). The boundary checks the ADMIN role and records every change in the audit log.
 */
@Named
@ViewScoped
public class StaffUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the list, as the page shows it. */
    public record Line(String username, String displayName, String organCode, String organName, List<String> roles,
                       boolean enabled) implements Serializable {
    }

    @Inject
    transient StaffUsers users;

    @Inject
    transient Organs organs;

    @Inject
    transient FacesContext faces;

    /** The user being changed; null while adding a new one. */
    private String editing;
    private String username;
    private String displayName;
    private String organ;
    private List<String> roles = new ArrayList<>();
    private String password;
    private boolean enabled = true;
    private transient List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            lines = users.all().stream()
                    .map(user -> new Line(user.username(), user.displayName(), user.organ().code(), user.organ().name(),
                            user.roles().stream().sorted().map(Role::name).toList(), user.enabled()))
                    .toList();
        }
        return lines;
    }

    public List<Organ> getOrgans() {
        return organs.all();
    }

    public List<String> getRoleOptions() {
        return EnumSet.allOf(Role.class).stream().map(Role::name).toList();
    }

    /** Fills the form with a listed user, to change it. */
    public void edit(String name) {
        Line user = getLines().stream().filter(line -> line.username().equals(name)).findFirst().orElse(null);
        if (user == null) {
            return;
        }
        editing = user.username();
        username = user.username();
        displayName = user.displayName();
        organ = user.organCode();
        roles = new ArrayList<>(user.roles());
        enabled = user.enabled();
        password = null;
    }

    /** Empties the form, to add a new user. */
    public void startNew() {
        editing = null;
        username = null;
        displayName = null;
        organ = null;
        roles = new ArrayList<>();
        enabled = true;
        password = null;
    }

    public void save() {
        try {
            StaffUserCommand form = form();
            if (editing == null) {
                users.create(form);
            } else {
                users.update(editing, form);
            }
            FacesNotices.done(faces, editing == null ? "admin.users.created" : "admin.users.changed", form.username);
            startNew();
            lines = null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    private StaffUserCommand form() {
        StaffUserCommand form = new StaffUserCommand();
        form.username = editing != null ? editing : username == null ? null : username.strip();
        form.displayName = displayName;
        form.organ = organ;
        Set<Role> granted = EnumSet.noneOf(Role.class);
        roles.forEach(role -> granted.add(Role.valueOf(role)));
        form.roles = granted;
        form.password = password == null || password.isEmpty() ? null : password;
        form.enabled = enabled;
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrgan() {
        return organ;
    }

    public void setOrgan(String organ) {
        this.organ = organ;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
