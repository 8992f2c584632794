package vn.wardplan.platform.web.tenancy;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The door to every ward's data at once, kept apart from {@link WardScopedMongo} so that it can be refused where it
 * does not belong: listeners, schedulers and queue-like system jobs (reminder dispatch, rebuilds, the ward directory
 * a platform-admin reads) use it; the boundary rules forbid it in web controllers. Each method names in its doc what
 * may use it and what the caller does next (usually: work on the found document's own ward only).
 */
public class AcrossWards {

    private final MongoTemplate mongo;

    public AcrossWards(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * For queue-like system jobs (the reminder dispatcher) that serve every ward: the ids of up to {@code limit}
     * documents of any ward matching the filter, in the given order. The job then claims each one with
     * {@link #modify} and works on the claimed document's own ward only.
     */
    public List<String> ids(Criteria filter, Sort order, int limit, Class<?> type) {
        Query query = new Query(filter).with(order).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(type)).stream()
                .map(d -> String.valueOf(d.get("_id"))).toList();
    }

    /**
     * For queue-like system jobs: like {@link #ids}, with the values of a few more fields (a claim
     * counter), so a job can claim each one without reading it again.
     */
    public List<Document> fields(Criteria filter, Sort order, int limit, Class<?> type, String... fields) {
        Query query = new Query(filter).with(order).limit(limit);
        query.fields().include("_id").include(fields);
        return mongo.find(query, Document.class, mongo.getCollectionName(type));
    }

    /**
     * For the ward directory, whose readers span wards by right (a platform-admin sees every ward, a city-viewer
     * every ward of their city): the page of documents matching the query, whose filter the caller's rights built.
     */
    public <T extends WardOwned> List<T> find(Query query, Class<T> type) {
        return mongo.find(query, type);
    }

    /**
     * Removes every document of a read model, of every ward, before it is rebuilt from the events; answers how many.
     * Only for collections a service derives entirely from events (never for data it owns).
     */
    public long clearReadModel(Class<?> type) {
        return mongo.remove(new Query(), type).getDeletedCount();
    }

    /** How many documents of any ward match the filter; the companion of {@link #find}. */
    public long count(Criteria filter, Class<?> type) {
        return mongo.count(new Query(filter), type);
    }

    /** One document of any ward by its id, for the system jobs of {@link #ids}. */
    public <T extends WardOwned> Optional<T> findById(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * For the system jobs of {@link #ids}: atomically applies the update to the document the filter names
     * (an id, and the exact values a claim expects, e.g. a claim counter) and returns it as changed; empty when it
     * no longer matches (another worker came first). The job then works on that document's own ward only.
     */
    public <T extends WardOwned> Optional<T> modify(Criteria byIdAndExpectedValues, Update update, Class<T> type) {
        return Optional.ofNullable(mongo.findAndModify(new Query(byIdAndExpectedValues), update,
                FindAndModifyOptions.options().returnNew(true), type));
    }

    /**
     * Like {@link #modify}, answering the document as it was before the update: a claim made from values
     * read earlier checks with it that the document was still what the job thought.
     */
    public <T extends WardOwned> Optional<T> modifyAnsweringBefore(Criteria byIdAndExpectedValues, Update update, Class<T> type) {
        return Optional.ofNullable(mongo.findAndModify(new Query(byIdAndExpectedValues), update,
                FindAndModifyOptions.options().returnNew(false), type));
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

}
