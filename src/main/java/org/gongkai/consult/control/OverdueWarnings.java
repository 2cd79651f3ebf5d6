package org.gongkai.consult.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which warning an open message is due for today: DUE_SOON when at most {@link #SOON} working day is
 * left, OVERDUE once past its due date. Each is sent once per message and handling round; the caller
 * claims it (a row keyed by message, round and warning), so that in a cluster one node sends it.
 */
public final class OverdueWarnings {

    /** Working days left at which the unit is warned. */
    public static final int SOON = 1;

    public enum Warning { DUE_SOON, OVERDUE }

    private OverdueWarnings() {
    }

    public static Optional<Warning> due(boolean open, LocalDate today, LocalDate dueOn, int workingDaysLeft) {
        if (!open) {
            return Optional.empty();
        }
        if (today.isAfter(dueOn)) {
            return Optional.of(Warning.OVERDUE);
        }
        return workingDaysLeft <= SOON ? Optional.of(Warning.DUE_SOON) : Optional.empty();
    }
}
