package org.gongkai.infowork.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.infowork.boundary.InfoScores;
import org.gongkai.platform.entity.UnknownItemException;

import java.io.IOException;

/**
 * The PDFs of the editor's workspace for the signed-in office (INFO_EDITOR, LEADER): an issue,
 * {@code /staff/info/issue.pdf?id=…}, and this year's 通报, {@code /staff/info/bulletin.pdf}.
 */
@WebServlet({"/staff/info/issue.pdf", "/staff/info/bulletin.pdf"})
public class InfoIssuePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InfoScores scores;

    @Inject
    transient java.time.Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("bulletin.pdf")) {
            try {
                send(response, scores.bulletin(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear(), null),
                        "bulletin.pdf");
            } catch (EJBAccessException e) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = scores.issuePdf(Long.parseLong(id));
        } catch (UnknownItemException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        send(response, pdf, "issue-" + id + ".pdf");
    }

    private static void send(HttpServletResponse response, byte[] pdf, String name) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
