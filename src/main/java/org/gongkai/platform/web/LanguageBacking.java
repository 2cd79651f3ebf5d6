package org.gongkai.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.control.Messages;

import java.util.Locale;

/**
 * The language of the page: Simplified Chinese unless the visitor chose English (kept in a cookie,
 * so browsing needs no session).
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    static final String COOKIE = "gongkai-lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie(((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()).getCookies());
        }
        return locale;
    }

    /** The BCP 47 tag for the {@code lang} attribute of the page. */
    public String getTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(getLocale());
    }

    static Locale fromCookie(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Messages.CHINESE;
    }
}
