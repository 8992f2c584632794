package vn.wardplan.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.MapSession;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import vn.wardplan.platform.test.SharedInfrastructure;

/**
 * The shared session store as two gateway replicas use it: what one stores the other reads, a sign-in's new id ends
 * the old one, an expired session is never answered (even where MongoDB keeps it), and sign-out removes it.
 */
class MongoWebSessionsIT {

    static final MongoClient client = MongoClients.create(SharedInfrastructure.mongoBaseUri());
    static final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "sessions-" + UUID.randomUUID().toString().substring(0, 8));
    final MongoWebSessions first = new MongoWebSessions(mongo, Duration.ofMinutes(30), Clock.systemUTC());
    final MongoWebSessions second = new MongoWebSessions(mongo, Duration.ofMinutes(30), Clock.systemUTC());

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void whatOneReplicaStoresTheOtherReadsAndASignInsNewIdEndsTheOldOne() {
        MapSession session = first.createSession().block();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(new TestingAuthenticationToken("anduong.chutich", "x",
                List.of())));
        session.setAttribute("saved", "/indicators?year=2026");
        first.save(session).block();

        MapSession read = second.findById(session.getId()).block();
        assertThat(read).isNotNull();
        assertThat(read.<SecurityContextImpl>getAttribute("SPRING_SECURITY_CONTEXT").getAuthentication().getName())
                .isEqualTo("anduong.chutich");
        assertThat(read.<String>getAttribute("saved")).isEqualTo("/indicators?year=2026");
        assertThat(read.getCreationTime()).isEqualTo(session.getCreationTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        String before = read.getId();
        read.changeSessionId();
        second.save(read).block();
        assertThat(first.findById(before).block()).as("the id before the sign-in").isNull();
        assertThat(first.findById(read.getId()).block()).isNotNull();

        first.deleteById(read.getId()).block();
        assertThat(second.findById(read.getId()).block()).as("signed out").isNull();
    }

    @Test
    void aRequestThatOnlyTouchesTheSessionWritesItOnceAMinuteAndAnyChangeAtOnce() {
        MapSession session = first.createSession().block();
        session.setAttribute("saved", "/tasks");
        first.save(session).block();
        MapSession read = first.findById(session.getId()).block();
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(30));
        first.save(read).block();
        assertThat(second.findById(session.getId()).block().getLastAccessedTime()).as("touched only: not written")
                .isEqualTo(session.getLastAccessedTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        read.setAttribute("saved", "/indicators");
        first.save(read).block();
        assertThat(second.findById(session.getId()).block().<String>getAttribute("saved")).as("changed: written at once")
                .isEqualTo("/indicators");
        MapSession again = first.findById(session.getId()).block();
        again.setLastAccessedTime(again.getLastAccessedTime().plus(MongoWebSessions.TOUCH_EVERY));
        first.save(again).block();
        assertThat(second.findById(session.getId()).block().getLastAccessedTime()).as("a minute later: written")
                .isEqualTo(again.getLastAccessedTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void aSessionAnotherVersionWroteThatNoLongerDecodesIsNoSession() {
        mongo.getCollection(MongoWebSessions.COLLECTION).flatMap(c -> reactor.core.publisher.Mono.from(c.insertOne(new org.bson.Document(
                "_id", "old-version").append("createdAt", new java.util.Date()).append("lastAccessedAt", new java.util.Date())
                .append("maxInactiveSeconds", 1800).append("attributes", new org.bson.types.Binary(new byte[] {1, 2, 3}))))).block();
        assertThat(first.findById("old-version").block()).isNull();
        assertThat(mongo.getCollection(MongoWebSessions.COLLECTION).flatMap(c -> reactor.core.publisher.Mono.from(
                c.countDocuments(new org.bson.Document("_id", "old-version")))).block()).isZero();
    }

    @Test
    void anExpiredSessionIsNeverAnsweredAndIsDropped() {
        MapSession session = first.createSession().block();
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
        first.save(session).block();
        assertThat(second.findById(session.getId()).block()).isNull();
        assertThat(mongo.getCollection(MongoWebSessions.COLLECTION).flatMap(c -> reactor.core.publisher.Mono.from(
                c.countDocuments(new org.bson.Document("_id", session.getId())))).block()).isZero();
    }
}
