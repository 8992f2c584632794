package vn.wardplan.platform.web.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    /** The document with the id, if it belongs to the scope: looked up by id alone, then checked against the scope. */
    public <T extends WardOwned> Optional<T> findById(WardScope scope, String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, type)).filter(d -> scope.contains(d.ward(), d.city()));
    }

    /**
     * The documents with the ids that belong to the scope, in one query by id alone (an index hit on every MongoDB,
     * the stand-in included, which ignores the scope's non-unique index), each checked against the scope.
     */
    public <T extends WardOwned> List<T> findByIds(WardScope scope, java.util.Collection<String> ids, Class<T> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), type).stream()
                .filter(d -> scope.contains(d.ward(), d.city())).toList();
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

    /** For a read model with one document per ward, whose id is the ward's code: applies the update, creating it. */
    public void upsertWardDocument(WardScope scope, Update update, Class<?> type) {
        mongo.upsert(new Query(Criteria.where("_id").is(scope.ward())), update.setOnInsert(WardScope.WARD_FIELD, scope.ward())
                .setOnInsert(WardScope.CITY_FIELD, scope.city()), type);
    }

    /**
     * For read models kept from events, whose ids begin with their ward (e.g. {@code an-duong:86-KH-UBND:1}): applies
     * the update to the document with the id, creating it with the scope's ward and city. Looked up by id alone (an
     * index hit on every MongoDB, the stand-in included); the id must begin with the scope's ward, so it cannot name
     * another ward's document.
     */
    public void upsertById(WardScope scope, String id, Update update, Class<?> type) {
        if (!id.startsWith(scope.ward() + ":")) {
            throw new IllegalArgumentException("Id " + id + " is not of ward " + scope.ward());
        }
        mongo.upsert(new Query(Criteria.where("_id").is(id)), update.setOnInsert(WardScope.WARD_FIELD, scope.ward())
                .setOnInsert(WardScope.CITY_FIELD, scope.city()), type);
    }

    /**
     * For read models kept from events: creates or updates the document with the id unless it already holds a
     * newer state ({@code changedAt} after the event's time), so a replayed or late event never overwrites a newer
     * one. Sets {@code changedAt} itself; returns false when the stored state was newer and was kept.
     */
    public boolean upsertUnlessNewer(WardScope scope, String id, java.time.Instant changedAt, Update update, Class<?> type) {
        Criteria notNewer = new Criteria().orOperator(Criteria.where("changedAt").exists(false),
                Criteria.where("changedAt").lte(changedAt));
        try {
            mongo.findAndModify(scoped(scope, Criteria.where("_id").is(id).andOperator(notNewer)), update.set("changedAt", changedAt),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), type);
            return true;
        } catch (DuplicateKeyException newerStateKept) {
            // The document exists with a newer change: the filter missed it and the upsert hit its id.
            return false;
        }
    }

    /** Inserts a new document; false (and nothing written) when a document with its id already exists. */
    public <T extends WardOwned> boolean insertIfAbsent(WardScope scope, T document) {
        if (!scope.contains(document.ward(), document.city())) {
            throw new IllegalArgumentException("Document of ward " + document.ward() + " written in scope " + scope);
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /** Applies the update to the one document the filter names inside the scope, if it matches; returns it changed. */
    public <T> Optional<T> updateOne(WardScope scope, Criteria filter, Update update, Class<T> type) {
        return Optional.ofNullable(mongo.findAndModify(scoped(scope, filter), update,
                FindAndModifyOptions.options().returnNew(true), type));
    }

    /** Applies the update to every document the filter matches inside the scope; returns how many changed. */
    public long updateAll(WardScope scope, Criteria filter, Update update, Class<?> type) {
        return mongo.updateMulti(scoped(scope, filter), update, type).getModifiedCount();
    }

    /** Removes the documents the filter matches inside the scope; returns how many. */
    public long delete(WardScope scope, Criteria filter, Class<?> type) {
        return mongo.remove(scoped(scope, filter), type).getDeletedCount();
    }

    private static Query scoped(WardScope scope, Criteria filter) {
        Query query = new Query(scope.criteria());
        if (filter != null) {
            query.addCriteria(filter);
        }
        return query;
    }
}
