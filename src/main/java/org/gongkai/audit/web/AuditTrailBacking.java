package org.gongkai.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.audit.boundary.AuditSeal;
import org.gongkai.audit.boundary.AuditTrail;
import org.gongkai.audit.entity.AuditEvent;
import org.gongkai.platform.control.ClockProducer;
import org.gongkai.platform.web.FacesErrors;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The auditor's page ({@code /staff/audit}, AUDITOR only, 三员分立 of GB/T 22239-2019 8.1.10.2): the
 * audit trail searched by person, item and date (a GET form, so a search can be bookmarked), newest
 * first, and the hash chain verified on request.
 */
@Named
@RequestScoped
public class AuditTrailBacking {

    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditTrail trail;

    @Inject
    AuditSeal seal;

    @Inject
    FacesContext faces;

    private AuditTrail.Page page;
    private AuditSeal.Verification verification;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        try {
            LocalDate from = date(params.get("from"));
            LocalDate to = date(params.get("to"));
            int number = Math.max(0, parseInt(params.get("page")));
            page = trail.search(new AuditTrail.Criteria(text(params.get("actor")), text(params.get("itemType")),
                    text(params.get("itemId")),
                    from == null ? null : from.atStartOfDay(ClockProducer.CHINA).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.CHINA).toInstant()), number, PAGE_SIZE);
            if (params.containsKey("verify")) {
                verification = seal.verify();
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            page = new AuditTrail.Page(List.of(), 0, 0, PAGE_SIZE);
            FacesErrors.show(faces, new org.gongkai.platform.entity.InvalidInputException("invalid_parameter"));
        } catch (RuntimeException e) {
            page = new AuditTrail.Page(List.of(), 0, 0, PAGE_SIZE);
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<AuditEvent> getEvents() {
        load();
        return page.events();
    }

    public long getTotal() {
        load();
        return page.total();
    }

    public int getPage() {
        load();
        return page.page();
    }

    public boolean isMore() {
        load();
        return (long) (page.page() + 1) * page.size() < page.total();
    }

    public AuditSeal.Verification getVerification() {
        load();
        return verification;
    }

    public String shown(AuditEvent event) {
        return SHOWN.format(event.occurredAt().atZone(ClockProducer.CHINA));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        return text(value) == null ? null : LocalDate.parse(value.strip());
    }

    private static int parseInt(String value) {
        return text(value) == null ? 0 : Integer.parseInt(value.strip());
    }
}
