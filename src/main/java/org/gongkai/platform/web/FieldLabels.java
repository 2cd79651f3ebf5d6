package org.gongkai.platform.web;

import jakarta.faces.context.FacesContext;

import java.util.ResourceBundle;

/**
 * The names people read for the API's field names ({@code sentOn} → 发出日期), from the keys
 * {@code field.<name>} of the page bundle: a refusal about a field that has no input on the page
 * says "发出日期：日期不能晚于今天", never "sentOn：…". A field without a label shows the problem alone.
 */
public final class FieldLabels {

    private FieldLabels() {
    }

    /** The label of {@code field} ({@code applicant.idNumber} falls back to {@code idNumber}), or null. */
    public static String label(FacesContext faces, String field) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (msg == null || field == null) {
            return null;
        }
        if (msg.containsKey("field." + field)) {
            return msg.getString("field." + field);
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        return msg.containsKey("field." + last) ? msg.getString("field." + last) : null;
    }

    /** "发出日期：日期不能晚于今天", or the problem alone when the field has no label. */
    public static String line(FacesContext faces, String field, String problem) {
        String label = label(faces, field);
        return label == null ? problem : label + "：" + problem;
    }
}
