package org.gongkai.consult.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The staff's bodies of the desk. */
public final class MessageForms {

    private MessageForms() {
    }

    public static class AssignForm {
        @NotBlank(message = "{gongkai.request.organ}")
        public String organ;
    }

    public static class InvalidForm {
        @NotBlank(message = "{gongkai.required}")
        @Size(max = 500, message = "{gongkai.size}")
        public String reason;

        /** The query code of the message this one repeats, if a duplicate. */
        public String duplicateOf;
    }

    public static class ReplyForm {
        @NotBlank(message = "{gongkai.required}")
        @Size(max = 10000, message = "{gongkai.size}")
        public String text;
    }

    public static class ExtendForm {
        @NotBlank(message = "{gongkai.required}")
        @Size(max = 500, message = "{gongkai.size}")
        public String reason;

        @NotNull(message = "{gongkai.required}")
        public Integer workingDays;
    }

    public static class FaqForm {
        public boolean faq;
    }
}
