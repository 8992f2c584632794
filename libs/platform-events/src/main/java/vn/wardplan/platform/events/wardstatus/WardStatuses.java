package vn.wardplan.platform.events.wardstatus;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.security.DisabledOfficials;
import vn.wardplan.platform.security.SuspendedWards;

/**
 * Every service's copy of the wards' status, from ward-service's {@value #TOPIC}: one document per ward in the
 * service's own {@value #COLLECTION} collection (shared by its replicas, kept across restarts; a later event never
 * loses to an earlier one), read through a cache of a few seconds so a request costs no database call.
 */
public class WardStatuses implements SuspendedWards, DisabledOfficials {

    static final String TOPIC = "wardplan.wards";
    static final String COLLECTION = "ward_status";
    static final String SUSPENDED = "vn.wardplan.ward.suspended.v1";
    static final String REINSTATED = "vn.wardplan.ward.reinstated.v1";
    static final String OFFICIAL_DISABLED = "vn.wardplan.ward.official-disabled.v1";
    static final String OFFICIAL_ENABLED = "vn.wardplan.ward.official-enabled.v1";
    static final String OFFICIALS = "official_status";

    /** Only the field this copy reads of the official events' data. */
    record OfficialData(String username) {
    }

    private final MongoTemplate mongo;
    private final EventInbox inbox;
    private final String consumer;
    private final LoadingCache<String, Boolean> cache;
    private final LoadingCache<String, Boolean> officials;
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public WardStatuses(MongoTemplate mongo, EventInbox inbox, String service, Duration cacheFor) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.consumer = service + "-ward-status";
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(cacheFor).build(this::load);
        this.officials = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(cacheFor).build(this::loadOfficial);
    }

    @Override
    public boolean isDisabled(String ward, String username) {
        return ward != null && username != null && officials.get(ward + ":" + username);
    }

    @Override
    public boolean isSuspended(String ward) {
        return ward != null && cache.get(ward);
    }

    /** One consumer group per service (its replicas share the collection, so any one of them may apply an event). */
    @KafkaListener(topics = TOPIC, groupId = "${spring.application.name}-ward-status")
    void onWardEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(consumer, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (OFFICIAL_DISABLED.equals(event.type()) || OFFICIAL_ENABLED.equals(event.type())) {
            applyOfficial(event, OFFICIAL_DISABLED.equals(event.type()));
            return;
        }
        boolean suspended;
        if (SUSPENDED.equals(event.type())) {
            suspended = true;
        } else if (REINSTATED.equals(event.type())) {
            suspended = false;
        } else {
            return;
        }
        Instant changedAt = event.time().toInstant();
        Criteria notNewer = new Criteria().orOperator(Criteria.where("changedAt").exists(false),
                Criteria.where("changedAt").lte(changedAt));
        try {
            mongo.findAndModify(new Query(Criteria.where("_id").is(event.ward()).andOperator(notNewer)),
                    new Update().set("ward", event.ward()).set("city", event.city()).set("suspended", suspended)
                            .set("changedAt", changedAt),
                    FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
        } catch (DuplicateKeyException newerStateKept) {
            // The stored status is newer than this event.
        }
        cache.invalidate(event.ward());
    }

    private void applyOfficial(IncomingEvent event, boolean disabled) {
        OfficialData data = json.readValue(event.data(), OfficialData.class);
        if (data.username() == null || data.username().isBlank()) {
            throw new IllegalArgumentException("Official event " + event.id() + " names no username");
        }
        String id = event.ward() + ":" + data.username();
        Instant changedAt = event.time().toInstant();
        Criteria notNewer = new Criteria().orOperator(Criteria.where("changedAt").exists(false),
                Criteria.where("changedAt").lte(changedAt));
        try {
            mongo.findAndModify(new Query(Criteria.where("_id").is(id).andOperator(notNewer)),
                    new Update().set("ward", event.ward()).set("username", data.username()).set("disabled", disabled)
                            .set("changedAt", changedAt),
                    FindAndModifyOptions.options().upsert(true), Document.class, OFFICIALS);
        } catch (DuplicateKeyException newerStateKept) {
            // The stored state is newer than this event.
        }
        officials.invalidate(id);
    }

    private Boolean loadOfficial(String id) {
        Document status = mongo.findById(id, Document.class, OFFICIALS);
        return status != null && Boolean.TRUE.equals(status.getBoolean("disabled"));
    }

    private Boolean load(String ward) {
        Document status = mongo.findById(ward, Document.class, COLLECTION);
        return status != null && Boolean.TRUE.equals(status.getBoolean("suspended"));
    }
}
