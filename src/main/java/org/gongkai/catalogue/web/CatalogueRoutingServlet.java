package org.gongkai.catalogue.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Clean, stable public addresses that people bookmark: {@code /catalogue?q=…} (browse and search)
 * and {@code /catalogue/{organ}/{year-serial}} (one entry, its index number as the path).
 */
@WebServlet("/catalogue/*")
public class CatalogueRoutingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            request.getRequestDispatcher("/catalogue-search.xhtml").forward(request, response);
            return;
        }
        String indexNo = path.substring(1);
        if (!indexNo.matches("[0-9A-Za-z]{9,18}/\\d{4}-\\d{5}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/catalogue-entry.xhtml?indexNo="
                + URLEncoder.encode(indexNo, StandardCharsets.UTF_8)).forward(request, response);
    }
}
