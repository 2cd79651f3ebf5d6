package org.gongkai.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;

/** Tells the person on the page that an action was done, in the page's language (bundle {@code msg}). */
public final class FacesNotices {

    private FacesNotices() {
    }

    /** Adds the message {@code key} of the bundle, formatted with {@code arguments} when there are any. */
    public static void done(FacesContext faces, String key, Object... arguments) {
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        if (arguments.length > 0) {
            text = MessageFormat.format(text, arguments);
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** As {@link #done}, kept for the page the action redirects to. */
    public static void doneBeforeRedirect(FacesContext faces, String key, Object... arguments) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        done(faces, key, arguments);
    }
}
