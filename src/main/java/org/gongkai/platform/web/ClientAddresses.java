package org.gongkai.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The client's address for the rate limits: the connection's peer, or, behind a reverse proxy,
 * the last address the proxy put in the header named by {@code gongkai.requests.client-address-header}
 * (e.g. {@code X-Forwarded-For}). The header is trusted only when configured.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "gongkai.requests.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        if (header.isPresent() && !header.get().isBlank()) {
            String value = request.getHeader(header.get().strip());
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
