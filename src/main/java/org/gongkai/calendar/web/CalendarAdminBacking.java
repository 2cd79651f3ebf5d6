package org.gongkai.calendar.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.calendar.boundary.CalendarDayCommand;
import org.gongkai.calendar.boundary.CalendarYearCommand;
import org.gongkai.calendar.boundary.CalendarYears;
import org.gongkai.calendar.control.NoticeLines;
import org.gongkai.calendar.control.ProposedDay;
import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.calendar.entity.CalendarYear;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' page of the working-day calendar ({@code /staff/admin/calendar?year=2027}):
 * the State Council's holiday notice of one year entered as lines of days off and make-up working
 * days ({@link NoticeLines}), checked by the calendar's rules and saved as a whole. Every deadline
 * of the portal counts on it (Art. 33 of the OGI Regulations: working days); open requests' due
 * dates are recomputed when it changes.
 */
@Named
@ViewScoped
public class CalendarAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarYears calendar;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    private Integer year;
    private String holidays;
    private String workdays;
    private boolean entered;
    private Instant updatedAt;
    private String updatedBy;

    /** Opens the year of the address (default: next year, whose notice is the one to enter). */
    public void load() {
        if (faces.isPostback()) {
            return;
        }
        if (year == null) {
            year = LocalDate.now(clock).getYear() + 1;
        }
        show(calendar.find(year));
    }

    public void save() {
        try {
            CalendarYearCommand form = new CalendarYearCommand();
            form.holidays = forms(NoticeLines.parse(holidays));
            form.workdays = forms(NoticeLines.parse(workdays));
            CalendarYear saved = calendar.replace(year, form);
            show(Optional.of(saved));
            FacesNotices.done(faces, "admin.calendar.saved", Integer.toString(year));
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    private void show(Optional<CalendarYear> found) {
        entered = found.isPresent();
        YearArrangement days = found.map(CalendarYear::arrangement).orElse(null);
        holidays = days == null ? "" : NoticeLines.format(days.holidays());
        workdays = days == null ? "" : NoticeLines.format(days.makeUpWorkdays());
        updatedAt = found.map(CalendarYear::updatedAt).orElse(null);
        updatedBy = found.map(CalendarYear::updatedBy).orElse(null);
    }

    private static List<CalendarDayCommand> forms(List<ProposedDay> days) {
        return days.stream().map(day -> {
            CalendarDayCommand form = new CalendarDayCommand();
            form.date = day.date();
            form.name = day.name();
            return form;
        }).toList();
    }

    public List<Integer> getYears() {
        return calendar.years();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public String getWorkdays() {
        return workdays;
    }

    public void setWorkdays(String workdays) {
        this.workdays = workdays;
    }

    public boolean isEntered() {
        return entered;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
