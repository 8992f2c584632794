package vn.wardplan.task.planimport;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.task.unit.Unit;
import vn.wardplan.task.unit.UnitCatalogue;

/**
 * The names in the ward's plans that no unit answers to, and the office's mapping of each to a unit (or to a new
 * unit): the name is kept as the unit's alias, so every task and indicator row that carries it follows now, and
 * every later import resolves it.
 */
@RestController
class UnitMappingResource {

    /** Map {@code text} (a name as the document writes it) to unit {@code unit}; {@code name} creates that unit. */
    record MappingRequest(@NotBlank @Size(max = 200) String text,
            @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(min = 2, max = 64) String unit,
            @Size(max = 200) String name) {
    }

    /** What the mapping did. */
    record MappingView(String text, String unit, String unitName, boolean unitCreated, int tasksFollowed,
            int indicatorsFollowed, List<PlanUnits.UnresolvedUnit> stillUnresolved) {
    }

    private final UnitCatalogue catalogue;
    private final PlanUnits planUnits;

    UnitMappingResource(UnitCatalogue catalogue, PlanUnits planUnits) {
        this.catalogue = catalogue;
        this.planUnits = planUnits;
    }

    @GetMapping("/api/plans/unresolved-units")
    List<PlanUnits.UnresolvedUnit> unresolved() {
        return planUnits.unresolved(WardAccess.ownWard(CurrentCaller.get()));
    }

    @PostMapping("/api/plans/unit-mappings")
    @PreAuthorize("hasRole('ward-admin')")
    MappingView map(@Valid @RequestBody MappingRequest request) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        String text = request.text().strip();
        List<PlanUnits.Occurrence> where = planUnits.unresolved(ward).stream().filter(u -> u.text().equals(text)).findFirst()
                .map(PlanUnits.UnresolvedUnit::occurrences).orElse(List.of());
        Optional<Unit> existing = catalogue.find(ward, request.unit());
        UnitCatalogue.Outcome outcome;
        if (existing.isPresent()) {
            outcome = catalogue.addAlias(ward, existing.get(), text);
        } else if (request.name() != null && !request.name().isBlank()) {
            outcome = catalogue.register(ward, request.unit(), request.name().strip(),
                    text.equalsIgnoreCase(request.name().strip()) ? List.of() : List.of(text), null);
        } else {
            throw WardplanProblem.notFound("unit.notFound", request.unit());
        }
        // A change to the catalogue already moved what carries the name (UnitsChanged); an alias the unit had moves it here.
        boolean catalogueChanged = existing.map(u -> !u.equals(outcome.unit())).orElse(true);
        if (!catalogueChanged) {
            planUnits.follow(ward);
        }
        List<PlanUnits.UnresolvedUnit> left = planUnits.unresolved(ward);
        boolean followed = left.stream().noneMatch(u -> u.text().equals(text));
        return new MappingView(text, outcome.unit().code(), outcome.unit().name(), outcome.created(),
                followed ? (int) where.stream().filter(o -> o.kind().equals("TASK")).map(PlanUnits.Occurrence::key).distinct().count() : 0,
                followed ? (int) where.stream().filter(o -> o.kind().equals("INDICATOR")).count() : 0, left);
    }
}
