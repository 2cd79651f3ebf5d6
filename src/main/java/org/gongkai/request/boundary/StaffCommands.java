package org.gongkai.request.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The commands of the officers' and leaders' actions on a request, which the staff API takes as its
 * bodies (the staff endpoints of the served OpenAPI, /openapi). Plain
 * classes with public fields; the boundary checks them and answers 400 with the problem per field.
 */
public final class StaffCommands {

    private StaffCommands() {
    }

    /** {@code {items:[…], deadline, sentOn}}: the one correction notice (Art. 30). */
    public static class Supplementation {
        public List<String> items;
        public LocalDate deadline;
        /** When the notice went out; today if not given. */
        public LocalDate sentOn;
    }

    /** {@code {description, receivedOn}}: a corrected application received on paper. */
    public static class Supplement {
        public String description;
        public LocalDate receivedOn;
    }

    /** {@code {party, sentOn}}. */
    public static class ConsultationForm {
        public String party;
        public LocalDate sentOn;
    }

    /** {@code {answeredOn, objection}}. */
    public static class ConsultationAnswer {
        public LocalDate answeredOn;
        public Boolean objection;
    }

    /** {@code {reason, workingDays}}. */
    public static class Extension {
        public String reason;
        public Integer workingDays;
    }

    /** A leader's decision on the extension, with an optional note. */
    public static class ExtensionDecision {
        public String note;
    }

    /** {@code {method, pages, noticedOn}}. */
    public static class Fee {
        public String method;
        public Integer pages;
        public LocalDate noticedOn;
    }

    /** {@code {paidOn}}; today if not given. */
    public static class FeePaid {
        public LocalDate paidOn;
    }

    /** {@code {outcome, reason, text, referTo}}: a draft reply letter. */
    public static class Reply {
        public String outcome;
        public String reason;
        public String text;
        /** For NOT_THIS_ORGAN: the organ responsible, where known. */
        public String referTo;
    }
}
