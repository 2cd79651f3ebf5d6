package org.gongkai.consult.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The writer's rating of the answer. */
public class RatingForm {

    @NotNull(message = "{gongkai.required}")
    public Boolean satisfied;

    @Size(max = 500, message = "{gongkai.size}")
    public String comment;
}
