package org.gongkai.catalogue.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /guide}: the organs' guides; {@code /guide/{organ code}}: one organ's disclosure guide. */
@WebServlet({"/guide", "/guide/*"})
public class GuideRoutingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            request.getRequestDispatcher("/guide-index.xhtml").forward(request, response);
            return;
        }
        String organ = path.substring(1);
        if (!organ.matches("[0-9A-Za-z]{9,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/guide.xhtml?organ=" + organ).forward(request, response);
    }
}
