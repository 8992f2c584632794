package vn.wardplan.reporting.unitdirectory;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The unit directory of a ward, as reporting knows it from events. */
@RestController
class WardUnitsResource {

    /** A unit as the report API shows it. */
    record WardUnitView(String code, String name, List<String> aliases) {
    }

    private final WardScopedMongo mongo;

    WardUnitsResource(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/reports/wards/{ward}/units")
    List<WardUnitView> units(@PathVariable String ward) {
        return mongo.find(WardAccess.readable(CurrentCaller.get(), ward), new Query().with(Sort.by("code")), WardUnit.class)
                .stream().map(u -> new WardUnitView(u.code(), u.name(), u.aliases())).toList();
    }
}
