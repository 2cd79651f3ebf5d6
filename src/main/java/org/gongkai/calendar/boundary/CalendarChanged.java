package org.gongkai.calendar.boundary;

/**
 * Fired when an administrator has changed a year's holiday notice. Fired inside the change's
 * transaction: observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act
 * once the change is committed. By then {@link WorkingDayCalendar} already answers with the new
 * data (its own observer runs first), so due dates recomputed there are the new ones.
 */
public record CalendarChanged(int year) {
}
