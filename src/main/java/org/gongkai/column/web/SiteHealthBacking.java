package org.gongkai.column.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.column.boundary.SiteHealthReport;
import org.gongkai.column.control.SiteHealth;

/** The site-health page ({@code /staff/site-health}) for editors, leaders and the administrator. */
@Named
@RequestScoped
public class SiteHealthBacking {

    @Inject
    SiteHealthReport health;

    private SiteHealthReport.Report report;

    public SiteHealthReport.Report getReport() {
        if (report == null) {
            report = health.report();
        }
        return report;
    }

    public String label(String check) {
        return SiteHealth.label(check);
    }
}
