package vn.wardplan.indicator.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** An indicator's value checks: read by the ward's officials, switched and tuned by its office. */
@RestController
class CheckResource {

    /** A check that applies to the indicator: on or off, its threshold, and the default it has otherwise. */
    record CheckView(CheckKind kind, boolean enabled, BigDecimal threshold, boolean defaultEnabled, BigDecimal defaultThreshold) {
    }

    /** Body of {@code PUT …/checks}: the checks the office changes, each on or off with its threshold (a share: 0,3 is 30 %). */
    record ChecksRequest(Map<CheckKind, CheckSettings.Setting> checks) {
    }

    private final ValueCheckRunner runner;
    private final WardScopedMongo mongo;

    CheckResource(ValueCheckRunner runner, WardScopedMongo mongo) {
        this.runner = runner;
        this.mongo = mongo;
    }

    @GetMapping("/api/indicators/{id}/checks")
    List<CheckView> checks(@PathVariable String id) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Indicator indicator = indicator(ward, id);
        return view(runner.settings(ward, indicator), runner.defaults(indicator));
    }

    @PutMapping("/api/indicators/{id}/checks")
    @PreAuthorize("hasRole('ward-admin')")
    List<CheckView> change(@PathVariable String id, @RequestBody(required = false) ChecksRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, id);
        if (request == null || request.checks() == null || request.checks().isEmpty()) {
            throw WardplanProblem.badRequest("check.none");
        }
        return view(runner.change(ward, indicator, new EnumMap<>(request.checks()), caller), runner.defaults(indicator));
    }

    private Indicator indicator(WardScope ward, String id) {
        return mongo.findById(ward, id, Indicator.class).orElseThrow(() -> WardplanProblem.notFound("indicator.notFound", id));
    }

    private static List<CheckView> view(Map<CheckKind, CheckSettings.Setting> inForce, Map<CheckKind, CheckSettings.Setting> defaults) {
        List<CheckView> views = new ArrayList<>();
        inForce.forEach((kind, s) -> views.add(new CheckView(kind, s.enabled(), s.threshold(), defaults.get(kind).enabled(),
                defaults.get(kind).threshold())));
        return views;
    }
}
