package org.gongkai.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Year;

/** Site-wide settings for the templates: the theme from configuration, demo mode, the year. */
@Named("site")
@ApplicationScoped
public class SiteBacking {

    @Inject
    @ConfigProperty(name = "gongkai.theme", defaultValue = "zhengwu")
    String theme;

    @Inject
    @ConfigProperty(name = "gongkai.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Clock clock;

    /** The theme folder under {@code webapp-themes/}; anything but a plain name falls back to the default. */
    public String getTheme() {
        return theme.matches("[a-z0-9-]{1,40}") ? theme : "zhengwu";
    }

    public boolean isDemo() {
        return demo;
    }

    public int getYear() {
        return Year.now(clock).getValue();
    }
}
