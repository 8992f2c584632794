package vn.wardplan.task.unit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;

/** The caller's ward's units. The ward is the token's; no request names it. */
@RestController
class UnitResource {

    private final UnitCatalogue catalogue;

    UnitResource(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Also at {@code /api/tasks/units}, where the task screens look for the units they filter by. */
    @GetMapping({"/api/units", "/api/tasks/units"})
    List<UnitView> list() {
        return catalogue.list(WardAccess.ownWard(CurrentCaller.get())).stream().map(UnitView::of).toList();
    }

    @GetMapping("/api/units/{code}")
    UnitView get(@PathVariable String code) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        return catalogue.find(ward, code).map(UnitView::of)
                .orElseThrow(() -> WardplanProblem.notFound("unit.notFound", code));
    }

    @PutMapping("/api/units/{code}")
    @PreAuthorize("hasRole('ward-admin')")
    ResponseEntity<UnitView> register(
            @PathVariable @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(min = 2, max = 64) String code,
            @Valid @RequestBody UnitRequest request) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        UnitCatalogue.Outcome outcome = catalogue.register(ward, code, request.name().strip(), request.aliasesOrEmpty(),
                request.mailboxOrNull());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(UnitView.of(outcome.unit()));
    }
}
