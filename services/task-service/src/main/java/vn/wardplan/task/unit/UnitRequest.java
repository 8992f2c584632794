package vn.wardplan.task.unit;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/units/{code}}. */
public record UnitRequest(@NotBlank @Size(min = 1, max = 200) String name,
        @Size(min = 0, max = 50) List<@NotBlank @Size(min = 1, max = 200) String> aliases) {

    List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases.stream().map(String::strip).distinct().toList();
    }
}
