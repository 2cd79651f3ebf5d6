package org.gongkai.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.account.control.PasswordPolicy;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;

import java.util.Set;

/**
 * What an administrator sends to create or change a staff user; the password is write-only and,
 * on a change, optional. (A class, not a record: see {@link OrganCommand}.)
 */
public class StaffUserCommand {

    @NotNull(message = "{gongkai.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{gongkai.username}")
    public String username;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 100, message = "{gongkai.size}")
    public String displayName;

    @NotNull(message = "{gongkai.required}")
    @Pattern(regexp = Organ.CODE_PATTERN, message = "{gongkai.organ.code}")
    public String organ;

    @NotEmpty(message = "{gongkai.roles.required}")
    public Set<@NotNull Role> roles;

    @Size(min = PasswordPolicy.MINIMUM_LENGTH, max = PasswordPolicy.MAXIMUM_LENGTH, message = "{gongkai.password.length}")
    public String password;

    public Boolean enabled;
}
