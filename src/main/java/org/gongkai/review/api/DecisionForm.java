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
}
