package org.gongkai.report.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.entity.GongkaiException;
import org.gongkai.report.boundary.AnnualReports;
import org.gongkai.report.boundary.YearStatistics;
import org.gongkai.report.control.ReportCsv;
import org.gongkai.report.control.ReportHtml;
import org.gongkai.report.control.ReportPdf;
import org.gongkai.report.control.StatisticsCsv;
import org.gongkai.report.entity.AnnualReportData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The downloads of the staff pages for the signed-in session (the staff API takes HTTP Basic):
 * {@code /staff/reports/download?year=2025&organ=&format=pdf|html|csv&table=2|3|4} for the annual
 * report and {@code /staff/statistics/download?year=&organ=} for the statistics as CSV. The
 * boundaries check the roles and the organ as for the API.
 */
@WebServlet({"/staff/reports/download", "/staff/statistics/download"})
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualReports reports;

    @Inject
    YearStatistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String yearParameter = request.getParameter("year");
        if (yearParameter == null || !yearParameter.matches("[0-9]{4}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        int year = Integer.parseInt(yearParameter);
        String organ = request.getParameter("organ");
        response.setHeader("Cache-Control", "no-store, private");
        try {
            if (request.getServletPath().startsWith("/staff/statistics")) {
                send(response, "text/csv;charset=UTF-8", "statistics-" + year + ".csv",
                        StatisticsCsv.write(statistics.of(year, organ)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            AnnualReportData data = reports.generate(year, organ);
            String format = String.valueOf(request.getParameter("format"));
            switch (format) {
                case "pdf" -> send(response, "application/pdf", "annual-report-" + year + ".pdf", ReportPdf.render(data));
                case "html" -> {
                    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
                    response.setContentType("text/html;charset=UTF-8");
                    response.getOutputStream().write(ReportHtml.page(data).getBytes(StandardCharsets.UTF_8));
                }
                case "csv" -> {
                    String table = String.valueOf(request.getParameter("table"));
                    String number = switch (table) {
                        case "2" -> "二";
                        case "4" -> "四";
                        default -> "三";
                    };
                    send(response, "text/csv;charset=UTF-8", "annual-report-" + year + "-table" + table + ".csv",
                            ReportCsv.table(data.section(number).table()).getBytes(StandardCharsets.UTF_8));
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (GongkaiException e) {
            response.sendError(e.httpStatus());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void send(HttpServletResponse response, String type, String fileName, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
