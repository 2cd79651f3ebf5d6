package org.gongkai.report.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.gongkai.report.entity.CaseKind;
import org.gongkai.report.entity.CaseResult;

import java.io.Serializable;
import java.time.LocalDate;

/** A reconsideration or lawsuit about a request's answer, as an officer records it (section 四). */
public class CaseCommand implements Serializable {

    @NotBlank(message = "{gongkai.required}")
    @Pattern(regexp = "[0-9A-Z-]{6,20}", message = "{gongkai.required}")
    public String request;

    @NotNull(message = "{gongkai.required}")
    public CaseKind kind;

    @NotNull(message = "{gongkai.required}")
    public LocalDate filedOn;

    @NotNull(message = "{gongkai.required}")
    public CaseResult result;

    /** When the result was decided; none while 尚未审结. */
    public LocalDate decidedOn;
}
