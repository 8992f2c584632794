package vn.wardplan.task.unit;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/units/{code}}; {@code mailbox} is the unit's official e-mail address, if it has one. */
record UnitRequest(@NotBlank @Size(min = 1, max = 200) String name,
        @Size(min = 0, max = 50) List<@NotBlank @Size(min = 1, max = 200) String> aliases,
        @Email @Size(max = 254) String mailbox) {

    List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases.stream().map(String::strip).distinct().toList();
    }

    String mailboxOrNull() {
        return mailbox == null || mailbox.isBlank() ? null : mailbox.strip();
    }
}
