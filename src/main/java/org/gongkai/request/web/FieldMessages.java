package org.gongkai.request.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.gongkai.platform.api.ErrorBodies;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.platform.control.Messages;
import org.gongkai.platform.web.FieldLabels;

import java.util.Map;

/**
 * Shows what the boundary refused next to the form fields it concerns: each problem goes to the
 * component of its field (by the API's field name), the rest to the top of the form.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /** @return true when shown; false when the failure is unexpected and must propagate */
    static boolean show(FacesContext faces, RuntimeException failure, String formId, Map<String, String> componentOf) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Map<String, String> fields;
        String summary;
        var locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        if (cause instanceof GongkaiException refused) {
            fields = refused.fields();
            summary = Messages.error(refused.code(), locale, refused.arguments());
        } else if (cause instanceof ConstraintViolationException invalid) {
            fields = ErrorBodies.fieldsOf(invalid);
            summary = Messages.error("invalid_input", locale);
        } else {
            return false;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        fields.forEach((field, problem) -> {
            String component = componentOf.get(field);
            if (component != null) {
                faces.addMessage(formId + ":" + component, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldLabels.line(faces, field, problem), null));
            }
        });
        return true;
    }

    /** The API's field names and the components of the application form that edit them. */
    static final Map<String, String> APPLICATION_FIELDS = Map.ofEntries(
            Map.entry("organ", "organ"),
            Map.entry("applicant.type", "type"),
            Map.entry("applicant.category", "category"),
            Map.entry("applicant.name", "name"),
            Map.entry("applicant.idType", "idType"),
            Map.entry("applicant.idNumber", "idNumber"),
            Map.entry("applicant.creditCode", "creditCode"),
            Map.entry("applicant.contactName", "contactName"),
            Map.entry("applicant.phone", "phone"),
            Map.entry("applicant.email", "email"),
            Map.entry("applicant.address", "address"),
            Map.entry("description", "description"),
            Map.entry("docNo", "docNo"),
            Map.entry("delivery.form", "deliveryForm"),
            Map.entry("delivery.method", "deliveryMethod"),
            Map.entry("channel", "channel"),
            Map.entry("receivedOn", "receivedOn"));
}
