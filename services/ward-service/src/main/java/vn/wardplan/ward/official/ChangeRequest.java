package vn.wardplan.ward.official;

import java.util.Set;

import jakarta.validation.constraints.Size;

/** What to change of an official; absent fields stay as they are. */
record ChangeRequest(String unit, @Size(max = 200) String position, @Size(min = 1) Set<String> roles, Boolean enabled) {
}
