package org.gongkai.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Signing out is a POST with the session's {@link LogoutToken} (a link cannot sign anyone out, and
 * another site cannot forge the form: OWASP ASVS 4.2.2); a cross-site POST is refused whatever it
 * carries. It ends the session and goes home. GET answers 405.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))
                || !LogoutToken.matches(session, request.getParameter(LogoutToken.FIELD))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/");
    }
}
