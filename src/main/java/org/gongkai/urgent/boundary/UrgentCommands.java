package org.gongkai.urgent.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The commands of urgent information, which the staff API takes as its bodies. Plain classes with
 * public fields; the boundary checks them and answers 400 with the problem per field.
 */
public final class UrgentCommands {

    private UrgentCommands() {
    }

    /** An incident the unit reports: the required elements of an urgent report. */
    public static class Incident {
        public String title;
        /** {@code PARTICULARLY_SERIOUS}, {@code SERIOUS}, {@code LARGER} or {@code GENERAL}. */
        public String grade;
        public String category;
        public Instant occurredAt;
        /** When the unit learned of it: the clock starts here. */
        public Instant learnedAt;
        public String place;
        public String summary;
        public String casualties;
        public String measures;
        public String leadersOnSite;
    }

    /** {@code {at, caller, receivedBy}}: the phone report as the duty desk took it. */
    public static class Phone {
        public Instant at;
        public String caller;
        public String receivedBy;
    }

    /** {@code {text, signer}}: a written report; its time is the server's. */
    public static class Written {
        public String text;
        /** The unit head who signed it (审签). */
        public String signer;
    }

    /** {@code {organ, title, learnedAt, source}}: an incident the office learned of elsewhere (漏报). */
    public static class Missed {
        public String organ;
        public String title;
        public Instant learnedAt;
        public String source;
        public String grade;
    }

    /** {@code {kind, reason}}: 瞒报 ({@code CONCEALED}) or 误报 ({@code FALSE}). */
    public static class Finding {
        public String kind;
        public String reason;
    }

    /** {@code {leader, text, givenOn, feedbackDue}}: a leader's instruction on the incident. */
    public static class Instruction {
        public String leader;
        public String text;
        public LocalDate givenOn;
        public LocalDate feedbackDue;
    }

    /** {@code {text}}: how the unit acted on an instruction. */
    public static class Feedback {
        public String text;
    }

    /** The windows in minutes by grade name, and {@code phoneFirst}. */
    public static class Windows {
        public Map<String, Integer> minutes;
        public Integer phoneFirst;
    }
}
