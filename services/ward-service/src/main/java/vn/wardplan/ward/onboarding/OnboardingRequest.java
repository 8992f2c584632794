package vn.wardplan.ward.onboarding;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A ward to onboard: its code (the tenant id), name, type and city; its first ward-admin; and, optionally, units
 * added to or renamed in the standard catalogue (same code = renamed).
 */
record OnboardingRequest(
        @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "phuong|xa|dac-khu") String type,
        @NotBlank String city,
        @NotNull @Valid Admin admin,
        List<@Valid UnitSpec> units) {

    /** The ward's first administrator (Văn phòng HĐND và UBND). */
    public record Admin(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9]+([._-][a-z0-9]+)*") String username,
            @Email @Size(max = 255) String email,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName) {
    }

    /** A unit beyond the standard catalogue, or a standard unit's other name. */
    public record UnitSpec(
            @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
            @NotBlank @Size(max = 200) String name,
            List<@NotBlank String> aliases) {
    }

    public List<UnitSpec> unitsOrEmpty() {
        return units == null ? List.of() : units;
    }
}
