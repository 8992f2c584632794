package vn.wardplan.platform.web.tenancy;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The only door to ward data. Each method takes a {@link WardScope} and adds its ward (and city) to the
 * filter, so a query without a ward cannot be written through it; documents are written with the scope's ward.
 */
public class WardScopedMongo {

    private final MongoTemplate mongo;

    public WardScopedMongo(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T> List<T> find(WardScope scope, Criteria filter, Class<T> type) {
        return mongo.find(scoped(scope, filter), type);
    }

    public <T> List<T> find(WardScope scope, Query query, Class<T> type) {
        query.addCriteria(scope.criteria());
        return mongo.find(query, type);
    }

    public <T> Optional<T> findOne(WardScope scope, Criteria filter, Class<T> type) {
        return Optional.ofNullable(mongo.findOne(scoped(scope, filter), type));
    }

    public long count(WardScope scope, Criteria filter, Class<?> type) {
        return mongo.count(scoped(scope, filter), type);
    }

    /** Stores a ward-owned document after checking it belongs to the scope. */
    public <T extends WardOwned> T save(WardScope scope, T document) {
        if (!scope.contains(document.ward(), document.city())) {
            throw new IllegalArgumentException("Document of ward " + document.ward() + " written in scope " + scope);
        }
        return mongo.save(document);
    }

    /**
     * Creates or updates the one document the filter names inside the scope; the ward and city are set on
     * insert from the scope. Returns the document after the change.
     */
    public <T> T upsert(WardScope scope, Criteria filter, Update update, Class<T> type) {
        // The scope's equality criteria (ward, city) are copied into an inserted document by MongoDB itself.
        return mongo.findAndModify(scoped(scope, filter), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), type);
    }

    /**
     * The wards that have documents of a type, for system jobs (deadline watches, rebuilds) that then work ward
     * by ward through the scoped methods.
     */
    public List<WardScope> wardsOf(Class<?> type) {
        return mongo.aggregate(Aggregation.newAggregation(Aggregation.group(WardScope.WARD_FIELD, WardScope.CITY_FIELD)),
                type, Document.class).getMappedResults().stream()
                .map(d -> {
                    Object id = d.get("_id");
                    Document key = id instanceof Document doc ? doc : new Document(WardScope.WARD_FIELD, id);
                    return new WardScope(key.getString(WardScope.WARD_FIELD), key.getString(WardScope.CITY_FIELD));
                })
                .toList();
    }

    private static Query scoped(WardScope scope, Criteria filter) {
        Query query = new Query(scope.criteria());
        if (filter != null) {
            query.addCriteria(filter);
        }
        return query;
    }
}
