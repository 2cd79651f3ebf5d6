package org.gongkai.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The server's metrics ({@code /metrics}, which Payara Micro maps into this application) are for
 * the machine itself (a collector on the loopback address) or a signed-in system administrator
 * (HTTP Basic, ADMIN): they tell an outsider the load, the pools and the versions (GB/T 22239-2019
 * 8.1.4.2 访问控制 and 8.1.4.4: no needless disclosure of system information). Behind a reverse
 * proxy the client's address comes from the configured header ({@link ClientAddresses}).
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientAddresses clientAddresses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isLoopback(clientAddresses.of(request)) || request.isUserInRole("ADMIN")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
