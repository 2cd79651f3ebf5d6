package org.gongkai.infowork.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The commands of the information work, as the staff API and the pages send them. Plain classes
 * with public fields; the boundary checks them and answers 400 with the problem per field.
 */
public final class InfoCommands {

    private InfoCommands() {
    }

    /** {@code {title, body, type, negative, commission, jointOrgans}}: a draft or its new text. */
    public static class Draft {
        public String title;
        public String body;
        public String type;
        public Boolean negative;
        public Long commission;
        public List<String> jointOrgans;
    }

    /** {@code {signer}}: the unit head who signed the item (审签). */
    public static class Submit {
        public String signer;
    }

    /** {@code {reason}}: why the office returns or declines an item. */
    public static class Reason {
        public String reason;
    }

    /** {@code {publication, form, title, body}}: the adoption with the office's edited text. */
    public static class Adopt {
        public String publication;
        public String form;
        public String title;
        public String body;
    }

    /** {@code {publication, adoptedOn, route}}: adopted by a higher level's publication. */
    public static class UpwardAdoption {
        public String publication;
        public LocalDate adoptedOn;
        public String route;
    }

    /** {@code {leader, level, text, givenOn, feedbackDue}}: a leader's instruction (批示). */
    public static class InstructionRecord {
        public String leader;
        public String level;
        public String text;
        public LocalDate givenOn;
        public LocalDate feedbackDue;
    }

    /** {@code {text}}: how the unit acted on an instruction. */
    public static class Feedback {
        public String text;
    }

    /** {@code {code, name, level, public}}: a publication. */
    public static class PublicationRecord {
        public String code;
        public String name;
        public String level;
        @jakarta.json.bind.annotation.JsonbProperty("public")
        public Boolean isPublic;
        /** A higher level's publication (上级刊物): items reach it upward, the office compiles no issue of it. */
        public Boolean external;
    }

    /** {@code {publication, items}}: an issue compiled from adopted items, in this order. */
    public static class IssueRecord {
        public String publication;
        public List<Long> items;
    }

    /** {@code {topic, deadline, organs}}: a commissioned article (约稿). */
    public static class CommissionRecord {
        public String topic;
        public LocalDate deadline;
        public List<String> organs;
    }

    /** {@code {organ, year, kind, incident, reason}}: an urgent-information fault the office records. */
    public static class FaultRecord {
        public String organ;
        public Integer year;
        public String kind;
        public Long incident;
        public String reason;
    }
}
