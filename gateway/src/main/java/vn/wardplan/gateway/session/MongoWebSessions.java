package vn.wardplan.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;

import com.mongodb.client.model.ReplaceOptions;

import reactor.core.publisher.Mono;

/**
 * Browser sessions in the gateway's MongoDB database ({@value #COLLECTION}), so any replica serves any request of a
 * session and a replica that stops signs nobody out (ADR 0025). A session is one document: its times and its
 * attributes (the security context, the OAuth2 tokens, the sign-in's state) serialized together. An expired session
 * is never answered: real MongoDB removes it through the TTL index on {@code expireAt}; the stand-in, which has no
 * TTL, drops it here when it is next asked for.
 */
class MongoWebSessions implements ReactiveSessionRepository<MapSession> {

    static final String COLLECTION = "web_sessions";

    private final ReactiveMongoTemplate mongo;
    private final Duration maxInactive;
    private final Clock clock;
    private final SerializingConverter serializer = new SerializingConverter();
    /**
     * What this replica last read or wrote of each session it serves (its attributes' digest, the access time stored,
     * the attributes decoded), so a request that only touched the session writes it at most once a minute and a read
     * of unchanged bytes decodes nothing (LRU, bounded).
     */
    private final Map<String, Stored> stored = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
            return size() > 10_000;
        }
    });
    private final DeserializingConverter deserializer = new DeserializingConverter(MongoWebSessions.class.getClassLoader());

    /**
     * The state of a session as the store has it, and its attributes as last decoded here: a request whose stored bytes
     * are the same reuses them instead of decoding the security context and the tokens again (they are replaced, never
     * changed in place, when they change).
     */
    private record Stored(String attributesDigest, java.time.Instant lastAccessedAt, Map<String, Object> attributes) {
    }

    /** How long a session's access time may lag in the store (it only moves its expiry that much earlier). */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    MongoWebSessions(ReactiveMongoTemplate mongo, Duration maxInactive, Clock clock) {
        this.mongo = mongo;
        this.maxInactive = maxInactive;
        this.clock = clock;
    }

    @Override
    public Mono<MapSession> createSession() {
        MapSession session = new MapSession();
        session.setCreationTime(clock.instant());
        session.setLastAccessedTime(session.getCreationTime());
        session.setMaxInactiveInterval(maxInactive);
        return Mono.just(session);
    }

    @Override
    public Mono<Void> save(MapSession session) {
        Map<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        // Serialized to compare: an attribute can change in place (the OAuth2 clients' map when a token is refreshed).
        byte[] bytes = serializer.convert(attributes);
        String hash = digest(bytes);
        boolean sameId = session.getOriginalId() == null || session.getOriginalId().equals(session.getId());
        Stored known = stored.get(session.getId());
        // Most requests only touch the session (its access time): written once a minute, not on every request — and
        // not written back over what another replica stored meanwhile (a refreshed token) when nothing changed here.
        if (sameId && known != null && known.attributesDigest().equals(hash)
                && Duration.between(known.lastAccessedAt(), session.getLastAccessedTime()).compareTo(TOUCH_EVERY) < 0) {
            return Mono.empty();
        }
        Document document = new Document("_id", session.getId())
                .append("createdAt", Date.from(session.getCreationTime()))
                .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                .append("expireAt", Date.from(session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
                .append("attributes", new Binary(bytes));
        // A sign-in changes the session's id (against fixation): the old id must stop working at once.
        Mono<Void> dropOld = session.getOriginalId() != null && !session.getOriginalId().equals(session.getId())
                ? deleteById(session.getOriginalId()) : Mono.empty();
        return dropOld.then(mongo.getCollection(COLLECTION)
                .flatMap(c -> Mono.from(c.replaceOne(new Document("_id", session.getId()), document, new ReplaceOptions().upsert(true)))))
                .doOnSuccess(done -> stored.put(session.getId(), new Stored(hash, session.getLastAccessedTime(), Map.copyOf(attributes))))
                .then();
    }

    @Override
    public Mono<MapSession> findById(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION).flatMap(document -> {
            MapSession session;
            try {
                session = read(id, document);
            } catch (org.springframework.core.serializer.support.SerializationFailedException | ClassCastException unreadable) {
                // Written by a gateway whose session classes differ (an upgrade): the user signs in again.
                return deleteById(id).then(Mono.<MapSession>empty());
            }
            if (session.isExpired()) {
                return deleteById(id).then(Mono.<MapSession>empty());
            }
            return Mono.just(session);
        });
    }

    @Override
    public Mono<Void> deleteById(String id) {
        stored.remove(id);
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).then();
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private MapSession read(String id, Document document) {
        MapSession session = new MapSession(id);
        session.setCreationTime(document.getDate("createdAt").toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(((Number) document.get("maxInactiveSeconds")).longValue()));
        Binary attributes = document.get("attributes", Binary.class);
        byte[] bytes = attributes == null ? new byte[0] : attributes.getData();
        String digest = digest(bytes);
        Stored known = stored.get(id);
        Map<String, Object> decoded = known != null && known.attributesDigest().equals(digest) ? known.attributes()
                : bytes.length == 0 ? Map.of() : Map.copyOf((Map<String, Object>) deserializer.convert(bytes));
        decoded.forEach(session::setAttribute);
        // Last: reading the attributes does not count as an access.
        session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
        stored.put(id, new Stored(digest, session.getLastAccessedTime(), decoded));
        return session;
    }
}
