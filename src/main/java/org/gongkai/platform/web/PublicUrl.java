package org.gongkai.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The portal's public address, from configuration ({@code gongkai.public.url}, or the older
 * {@code gongkai.public-url} of the e-mail notices), for absolute links in feeds and open data. It is
 * never taken from the request's {@code Host} header, which any client can set (Host header injection,
 * GB/T 22239-2019 8.1.4.4 数据完整性 of what the portal publishes).
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "gongkai.public.url")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "gongkai.public-url")
    Optional<String> mailSetting;

    /** The base address without a trailing slash, e.g. {@code https://gongkai.example.gov.cn}. */
    public String base() {
        String url = configured.filter(value -> !value.isBlank())
                .or(() -> mailSetting.filter(value -> !value.isBlank()))
                .orElse("http://localhost:8080").strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether the portal is served over HTTPS (then the session cookie is {@code Secure} too). */
    public boolean https() {
        return base().regionMatches(true, 0, "https://", 0, 8);
    }
}
