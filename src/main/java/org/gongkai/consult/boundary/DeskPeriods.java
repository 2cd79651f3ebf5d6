package org.gongkai.consult.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.calendar.boundary.WorkingDayCalendar;
import org.gongkai.consult.control.AnswerPeriods;
import org.gongkai.consult.entity.MessageKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The desk's answer periods as configured now ({@code consult_kind_period}) on today's calendar. */
@ApplicationScoped
public class DeskPeriods {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public AnswerPeriods periods() {
        Map<MessageKind, Integer> days = new EnumMap<>(MessageKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, working_days from consult_kind_period").getResultList();
        for (Object[] row : rows) {
            days.put(MessageKind.valueOf(row[0].toString()), ((Number) row[1]).intValue());
        }
        return new AnswerPeriods(calendar.snapshot(), days);
    }
}
