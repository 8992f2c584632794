package vn.wardplan.ward.unit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The units officials can be placed in, per ward. */
@Component
public class WardUnits {

    private final WardScopedMongo mongo;

    WardUnits(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    public List<WardUnit> of(WardScope ward) {
        return mongo.find(ward, new Query().with(Sort.by("code")), WardUnit.class);
    }

    public boolean exists(WardScope ward, String code) {
        return mongo.findById(ward, ward.ward() + ":" + code, WardUnit.class).isPresent();
    }

    /** Records the unit as of {@code changedAt}; an older change never overwrites a newer one. */
    public void record(WardScope ward, String code, String name, Instant changedAt) {
        mongo.upsertUnlessNewer(ward, ward.ward() + ":" + code, changedAt,
                new Update().set("code", code).set("name", name), WardUnit.class);
    }
}
