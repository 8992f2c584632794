package vn.wardplan.task.regime;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The ward's reporting regime: read by every official of the ward, changed by its office from a period on; the city's
 * default, changed by the city's platform administrator.
 */
@RestController
class RegimeResource {

    /** Body of both PUTs. */
    record ChangeRequest(@NotBlank @Size(max = 10) String from, @NotNull @Size(min = 1, max = 4) List<@Valid RuleRequest> periods) {

        RegimeChange change() {
            return new RegimeChange(from.strip(), periods.stream().map(p -> p == null ? null
                    : new PeriodRule(p.kind(), p.cutOffDay(), p.unitsDeadlineWorkingDays(), p.officeDeadlineWorkingDays())).toList());
        }
    }

    record RuleRequest(PeriodKind kind, @Min(0) @Max(99) int cutOffDay, @Min(0) @Max(99) int unitsDeadlineWorkingDays,
            @Min(0) @Max(99) int officeDeadlineWorkingDays) {
    }

    /** The regime as a ward sees it, with the periods of the years asked for. */
    record RegimeView(boolean ownRules, List<RegimeVersion> versions, List<RegimeVersion> cityVersions,
            List<PeriodRule> defaults, List<ScheduledPeriod> periods) {
    }

    private final ReportingRegimes regimes;
    private final WardsOfCity cityWards;

    RegimeResource(ReportingRegimes regimes, WardsOfCity cityWards) {
        this.regimes = regimes;
        this.cityWards = cityWards;
    }

    @GetMapping("/api/reporting-regime")
    RegimeView get(@RequestParam(required = false) Integer year) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        return view(ward, year);
    }

    @PutMapping("/api/reporting-regime")
    @PreAuthorize("hasRole('ward-admin')")
    RegimeView change(@Valid @RequestBody ChangeRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        regimes.changeWard(ward, request.change(), new Actor(caller.username(), caller.displayName()));
        return view(ward, null);
    }

    @GetMapping("/api/reporting-regime/city")
    @PreAuthorize("hasRole('platform-admin')")
    List<RegimeVersion> city() {
        return regimes.cityVersions(cityOf(CurrentCaller.get()));
    }

    @PutMapping("/api/reporting-regime/city")
    @PreAuthorize("hasRole('platform-admin')")
    List<RegimeVersion> changeCity(@Valid @RequestBody ChangeRequest request) {
        Caller caller = CurrentCaller.get();
        String city = cityOf(caller);
        return regimes.changeCity(city, cityWards.of(city), request.change(), new Actor(caller.username(), caller.displayName()));
    }

    private RegimeView view(WardScope ward, Integer year) {
        int shown = year == null ? regimes.today().getYear() : year;
        if (shown < 2000 || shown > 2100) {
            throw WardplanProblem.badRequest("regime.from", String.valueOf(shown));
        }
        return new RegimeView(regimes.ownRules(ward), regimes.versions(ward), regimes.cityVersions(ward.city()),
                RegimeSchedule.DEFAULT_RULES, regimes.schedule(ward).periods(shown));
    }

    private static String cityOf(Caller caller) {
        if (caller.city() == null || caller.city().isBlank()) {
            throw WardplanProblem.badRequest("regime.noCity");
        }
        return caller.city();
    }
}
