package org.gongkai.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /language?to=en&back=/path}: switches the UI language and returns to the page. */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("to")) ? "en" : "zh";
        Cookie cookie = new Cookie(LanguageBacking.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + SafeRedirects.localPath(request.getParameter("back")));
    }
}
