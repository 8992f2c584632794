package vn.wardplan.indicator.indicator;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The indicators of the caller's ward. */
@RestController
class IndicatorResource {

    /** An indicator as the API shows it. */
    record IndicatorView(String code, String group, String name, String measureUnit) {
    }

    private final WardScopedMongo mongo;

    IndicatorResource(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/indicators")
    List<IndicatorView> list() {
        return mongo.find(WardAccess.ownWard(CurrentCaller.get()), new Query().with(Sort.by("code")), Indicator.class)
                .stream().map(i -> new IndicatorView(i.code(), i.group(), i.name(), i.measureUnit())).toList();
    }
}
