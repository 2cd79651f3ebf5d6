package org.gongkai.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.calendar.control.CalendarYearRules;
import org.gongkai.calendar.entity.DueDate;
import org.gongkai.platform.control.OfficialDates;
import org.gongkai.platform.web.LanguageBacking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The public deadline calculator ({@code /calendar}): a start date (today unless given) and a
 * number of working days (20, the reply period of Art. 33 of the OGI Regulations, unless given);
 * the due date written as an official letter writes it. {@code ?from=2026-02-13&workingDays=20}
 * links straight to an answer.
 */
@Named
@RequestScoped
public class CalendarBacking {

    /** The reply period of Art. 33 of the OGI Regulations. */
    static final int REPLY_PERIOD = 20;
    static final int MAX_WORKING_DAYS = 1000;
    private static final String MESSAGES = "org.gongkai.platform.web.messages";

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    LanguageBacking language;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private LocalDate from;

    private Integer workingDays = REPLY_PERIOD;

    private DueDate result;

    /**
     * Before the page is shown on opening (not on a form post): the answer for the link's
     * parameters, or for today and 20 working days.
     */
    public void open() {
        if (faces.isPostback()) {
            return;
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String fromParam = parameters.get("from");
        String workingDaysParam = parameters.get("workingDays");
        if (fromParam != null && !fromParam.isBlank()) {
            from = CalendarYearRules.parse(fromParam);
            if (from == null) {
                problem("calendar.from.invalid");
                return;
            }
        }
        if (workingDaysParam != null && !workingDaysParam.isBlank()) {
            workingDays = parseWorkingDays(workingDaysParam);
            if (workingDays == null) {
                problem("calendar.workingDays.invalid");
                return;
            }
        }
        calculate();
    }

    /** Answers for the dates in the form. */
    public void calculate() {
        if (from == null) {
            from = LocalDate.now(clock);
        }
        if (workingDays == null) {
            workingDays = REPLY_PERIOD;
        }
        result = calendar.dueDate(from, workingDays);
    }

    private static Integer parseWorkingDays(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            return days >= 1 && days <= MAX_WORKING_DAYS ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** In the visitor's language: during the view action the page's own locale is not set yet. */
    private void problem(String key) {
        String text = ResourceBundle.getBundle(MESSAGES, language.getLocale()).getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public DueDate getResult() {
        return result;
    }

    public String getFromText() {
        return from == null ? "" : OfficialDates.withWeekday(from, language.getLocale());
    }

    public String getDueText() {
        return result == null ? "" : OfficialDates.withWeekday(result.due(), language.getLocale());
    }

    /** The years whose holiday notice is entered, e.g. "2025、2026". */
    public String getEnteredYears() {
        return calendar.enteredYears().stream().map(String::valueOf)
                .collect(Collectors.joining(language.isEnglish() ? ", " : "、"));
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }
}
