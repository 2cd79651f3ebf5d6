package org.gongkai.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server for every e-mail the portal sends (through {@link MailOutbox}): {@code gongkai.mail.host}, {@code .port} (25),
 * {@code .from}, {@code .username}, {@code .password}, {@code .starttls} (false). Without a host,
 * e-mail is off and nothing is queued.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "gongkai.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "gongkai.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "gongkai.mail.from", defaultValue = "gongkai@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "gongkai.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "gongkai.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "gongkai.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** Where applicants follow their requests, for the links in notices, e.g. https://gongkai.example.gov.cn */
    @Inject
    @ConfigProperty(name = "gongkai.public-url")
    Optional<String> publicUrl;

    private volatile Session session;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** The address of the tracking page, or a description of it when the portal's address is not configured. */
    public String trackingPage() {
        return publicUrl.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", "") + "/track")
                .orElse("本网站“申请查询”页面（/track）");
    }

    public Session session() {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            properties.setProperty("mail.smtp.host", host.orElseThrow());
            properties.setProperty("mail.smtp.port", Integer.toString(port));
            properties.setProperty("mail.smtp.connectiontimeout", "10000");
            properties.setProperty("mail.smtp.timeout", "20000");
            properties.setProperty("mail.smtp.writetimeout", "20000");
            properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
            properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
            boolean authenticate = username.filter(u -> !u.isBlank()).isPresent();
            properties.setProperty("mail.smtp.auth", Boolean.toString(authenticate));
            current = authenticate
                    ? Session.getInstance(properties, new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(username.get(), password.orElse(""));
                        }
                    })
                    : Session.getInstance(properties);
            session = current;
        }
        return current;
    }
}
