package vn.wardplan.reporting.wardindex;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardOwned;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Records read-model ids per ward and reads a ward's read models by them. */
@Component
public class WardReadIndexes {

    private final WardScopedMongo mongo;

    WardReadIndexes(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    public void addIndicator(WardScope ward, String id) {
        mongo.upsertWardDocument(ward, new Update().addToSet("indicatorIds", id), WardReadIndex.class);
    }

    public void addTask(WardScope ward, String id) {
        mongo.upsertWardDocument(ward, new Update().addToSet("taskIds", id), WardReadIndex.class);
    }

    /** The ward's documents of a read model: by id through the index, or by a scoped query where no index exists yet. */
    public <T extends WardOwned> List<T> all(WardScope ward, Class<T> type, boolean indicators) {
        Optional<WardReadIndex> index = mongo.findById(ward, ward.ward(), WardReadIndex.class);
        if (index.isEmpty()) {
            return mongo.find(ward, new Query(), type);
        }
        Set<String> ids = indicators ? index.get().indicatorIds() : index.get().taskIds();
        if (ids == null) {
            return List.of();
        }
        return mongo.findByIds(ward, ids, type);
    }
}
