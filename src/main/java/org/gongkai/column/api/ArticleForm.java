package org.gongkai.column.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An article as an editor submits it. */
public class ArticleForm {

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 200, message = "{gongkai.size}")
    public String title;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 50000, message = "{gongkai.size}")
    public String body;

    @Size(max = 200, message = "{gongkai.size}")
    public String source;
}
