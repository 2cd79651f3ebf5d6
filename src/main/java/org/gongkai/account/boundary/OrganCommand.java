package org.gongkai.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.account.entity.Organ;

/**
 * A new organ, as an administrator sends it. Input payloads are classes with constrained fields,
 * not records: Payara's OpenAPI generator fails on constraints on constructor parameters, which a
 * record's components become.
 */
public class OrganCommand {

    @NotNull(message = "{gongkai.required}")
    @Pattern(regexp = Organ.CODE_PATTERN, message = "{gongkai.organ.code}")
    public String code;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 200, message = "{gongkai.size}")
    public String name;
}
