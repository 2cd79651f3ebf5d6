package org.gongkai.report.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Sections 一, 五, 六 and section 二's entered figures: {@code PUT /staff/reports/annual/{year}/texts}. */
public class TextsForm {

    @Size(max = 20000, message = "{gongkai.size}")
    public String overview;

    @Size(max = 20000, message = "{gongkai.size}")
    public String problems;

    @Size(max = 20000, message = "{gongkai.size}")
    public String otherMatters;

    @Min(value = 0, message = "{gongkai.size}")
    public long licensing;

    @Min(value = 0, message = "{gongkai.size}")
    public long penalties;

    @Min(value = 0, message = "{gongkai.size}")
    public long enforcement;

    @DecimalMin(value = "0", message = "{gongkai.size}")
    public BigDecimal feesWan;
}
