package org.gongkai.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts shown to users, Simplified Chinese first: the bundle without a suffix is Chinese, and
 * English is used only when the user asks for it.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String ERRORS = "org.gongkai.platform.errors";

    private Messages() {
    }

    /** The user's language as far as we support it: English when asked for, else Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    public static String error(String key, Locale locale, Object... arguments) {
        Locale chosen = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(ERRORS, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(arguments);
    }
}
