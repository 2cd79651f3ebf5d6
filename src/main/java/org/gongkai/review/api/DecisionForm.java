package org.gongkai.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.review.entity.Decision;

/** A reviewer's decision on the current step, with the reason (recorded and shown to the author). */
public class DecisionForm {

    @NotNull(message = "{gongkai.required}")
    public Decision decision;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 2000, message = "{gongkai.size}")
    public String reason;

    /**
     * With an approval: the findings of the pre-scan accepted now, each with its reason (every
     * finding not accepted at an earlier step must be).
     */
    @Size(max = 500, message = "{gongkai.size}")
    public java.util.List<Accepted> accepted;

    /** One finding (its index in the task's {@code findings}) accepted with a reason. */
    public static class Accepted {
        public Integer finding;
        public String reason;
    }

    /** The accepted findings by index. */
    public java.util.Map<Integer, String> acceptedByIndex() {
        java.util.Map<Integer, String> byIndex = new java.util.HashMap<>();
        if (accepted != null) {
            accepted.stream().filter(a -> a != null && a.finding != null).forEach(a -> byIndex.put(a.finding, a.reason));
        }
        return byIndex;
    }
}
