package vn.wardplan.indicator.value;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.target.Assessment;
import vn.wardplan.indicator.target.Baseline;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;

/** Values of an indicator per period, their workflow, the baseline and the yearly assessment. */
@RestController
class ValueResource {

    /** Body of {@code PUT …/values/{period}}. */
    record ValueRequest(@NotNull BigDecimal value, @Size(max = 500) String source, @Size(max = 2000) String note) {
    }

    /** Body of {@code POST …/return}. */
    record ReturnRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    /** Body of {@code POST …/submit}: the unit's reason, needed where the value trips a check. */
    record SubmitRequest(@Size(max = 2000) String reason) {
    }

    /** Body of {@code POST …/reopen}: why the office reopens an approved value. */
    record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Body of {@code PUT …/baseline}. */
    record BaselineRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull BigDecimal value) {
    }

    /**
     * Body of {@code PUT …/target}: the target the ward office types by hand where the plan's wording could not be
     * read, or reads otherwise than meant; {@code endTarget} is an optional second rule for the end year;
     * {@code fromYear}, when the target was adjusted during the term, the first year it applies to (the years before
     * keep the target then in force).
     */
    record TargetRequest(@NotNull @Valid TargetSpecRequest target, @Valid TargetSpecRequest endTarget, Integer fromYear) {
    }

    /** One rule: GROWTH_RANGE (low, high), FLOOR or CEILING (value, strict), VALUE_BY_YEAR (value, year), the others bare. */
    record TargetSpecRequest(@NotBlank @Size(max = 32) String kind, BigDecimal low, BigDecimal high, BigDecimal value, Boolean strict,
            @Min(2000) @Max(2100) Integer year) {

        TargetSpec spec(String text) {
            return new TargetSpec(kind, low, high, value, strict, year, text);
        }
    }

    /** A value as the API shows it. */
    record ValueView(String period, BigDecimal value, String source, String note, IndicatorValue.Status status,
            String returnComment, List<vn.wardplan.indicator.check.ValueChecks.Tripped> checks, String checkReason,
            List<IndicatorValue.Change> history) {

        static ValueView of(IndicatorValue v) {
            return new ValueView(v.period(), v.value(), v.source(), v.note(), v.status(), v.returnComment(),
                    v.checks() == null ? List.of() : v.checks(), v.checkReason(), v.history());
        }
    }

    /** The assessment with the year it is for. */
    record AssessmentView(String indicatorId, int year, Assessment assessment) {
    }

    private final IndicatorValues values;

    ValueResource(IndicatorValues values) {
        this.values = values;
    }

    @GetMapping("/api/indicators/{id}/values")
    List<ValueView> list(@PathVariable String id) {
        return values.values(WardAccess.ownWard(CurrentCaller.get()), id).stream().map(ValueView::of).toList();
    }

    @PutMapping("/api/indicators/{id}/values/{period}")
    ValueView enter(@PathVariable String id, @PathVariable String period, @Valid @RequestBody ValueRequest request) {
        return ValueView.of(values.enter(CurrentCaller.get(), id, period, request.value(), request.source(), request.note()));
    }

    @PostMapping("/api/indicators/{id}/values/{period}/submit")
    ValueView submit(@PathVariable String id, @PathVariable String period,
            @Valid @RequestBody(required = false) SubmitRequest request) {
        return ValueView.of(values.submit(CurrentCaller.get(), id, period, request == null ? null : request.reason()));
    }

    @PostMapping("/api/indicators/{id}/values/{period}/reopen")
    @PreAuthorize("hasRole('ward-admin')")
    ValueView reopen(@PathVariable String id, @PathVariable String period, @Valid @RequestBody ReopenRequest request) {
        return ValueView.of(values.reopen(CurrentCaller.get(), id, period, request.reason()));
    }

    @PostMapping("/api/indicators/{id}/values/{period}/approve")
    @PreAuthorize("hasRole('ward-admin')")
    ValueView approve(@PathVariable String id, @PathVariable String period) {
        return ValueView.of(values.approve(CurrentCaller.get(), id, period));
    }

    @PostMapping("/api/indicators/{id}/values/{period}/return")
    @PreAuthorize("hasRole('ward-admin')")
    ValueView returnValue(@PathVariable String id, @PathVariable String period, @Valid @RequestBody ReturnRequest request) {
        return ValueView.of(values.returnValue(CurrentCaller.get(), id, period, request.comment()));
    }

    @PutMapping("/api/indicators/{id}/baseline")
    @PreAuthorize("hasRole('ward-admin')")
    Baseline baseline(@PathVariable String id, @Valid @RequestBody BaselineRequest request) {
        Indicator indicator = values.setBaseline(CurrentCaller.get(), id, new Baseline(request.year(), request.value()));
        return indicator.baseline();
    }

    @PutMapping("/api/indicators/{id}/target")
    @PreAuthorize("hasRole('ward-admin')")
    TargetSpec target(@PathVariable String id, @Valid @RequestBody TargetRequest request) {
        return values.typeTarget(CurrentCaller.get(), id, request.target().spec(null),
                request.endTarget() == null ? null : request.endTarget().spec(null), request.fromYear()).definition().target();
    }

    @GetMapping("/api/indicators/{id}/assessment")
    AssessmentView assessment(@PathVariable String id, @RequestParam int year) {
        return new AssessmentView(id, year, values.assess(WardAccess.ownWard(CurrentCaller.get()), id, year));
    }
}
