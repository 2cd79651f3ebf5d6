package org.gongkai.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.gongkai.platform.api.ErrorBodies;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.control.Messages;

import java.util.Locale;
import java.util.Map;

/** Shows what a boundary refused as messages on the page, in the page's language. */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** @return true when the failure was shown; false when it is unexpected and must propagate */
    public static boolean show(FacesContext faces, RuntimeException failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Locale locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        if (cause instanceof GongkaiException refused) {
            add(faces, Messages.error(refused.code(), locale, refused.arguments()));
            refused.fields().forEach((field, problem) -> add(faces, FieldLabels.line(faces, field, problem)));
            return true;
        }
        String refusal = org.gongkai.platform.control.DatabaseRefusals.codeOf(cause);
        if (refusal != null) {
            add(faces, Messages.error(refusal, locale));
            return true;
        }
        if (cause instanceof ConstraintViolationException invalid) {
            add(faces, Messages.error("invalid_input", locale));
            for (Map.Entry<String, String> problem : ErrorBodies.fieldsOf(invalid).entrySet()) {
                add(faces, FieldLabels.line(faces, problem.getKey(), problem.getValue()));
            }
            return true;
        }
        return false;
    }

    private static void add(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
