package vn.wardplan.ward.official;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new official of the ward: who, in which unit, with which ward roles. */
record InviteRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9]+([._-][a-z0-9]+)*") String username,
        @Email @Size(max = 255) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank String unit,
        @Size(max = 200) String position,
        @NotEmpty Set<@NotBlank String> roles) {
}
