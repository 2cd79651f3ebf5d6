package org.gongkai.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.security.GongkaiAuthenticationMechanism;
import org.gongkai.platform.web.SafeRedirects;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The staff sign-in form; on success it returns to the page asked for, else to the staff home. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;

    private String password;

    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            String target = SafeRedirects.localPath(next);
            external.redirect(external.getRequestContextPath() + ("/".equals(target) ? "/staff/" : target));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
            Object locked = external.getRequestMap().get(GongkaiAuthenticationMechanism.LOCKED_SECONDS);
            String text = locked instanceof Long seconds
                    ? MessageFormat.format(msg.getString("login.locked"), (seconds + 59) / 60)
                    : msg.getString("login.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
