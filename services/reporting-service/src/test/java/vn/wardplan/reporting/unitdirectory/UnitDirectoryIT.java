package vn.wardplan.reporting.unitdirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.SharedInfrastructure;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.reporting.FixedDay;
import vn.wardplan.platform.test.TestTokens;

/**
 * reporting-service's unit directory is built from unit events only: a redelivered event changes nothing, a
 * poison event is parked on the dead-letter topic while later events still flow, and a ward reads only its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, FixedDay.class})
class UnitDirectoryIT {

    static final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class));

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() throws Exception {
        String code = "unit-" + UUID.randomUUID().toString().substring(0, 6);
        CloudEvent registered = unitEvent("vn.wardplan.unit.registered.v1", "an-duong", code,
                "{\"code\":\"" + code + "\",\"name\":\"Trạm Y tế phường\",\"aliases\":[]}");

        send("an-duong", code, registered);
        send("an-duong", code, registered);

        String token = TestTokens.user("anduong.chutich", "an-duong", "ward-leader").sign();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/reports/wards/an-duong/units", token).body()).contains(code));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(processed(registered.getId())).isEqualTo(1));
        assertThat(mongo.getCollection("ward_units").countDocuments(new org.bson.Document("code", code))).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheFlowGoesOn() throws Exception {
        String bad = "bad-" + UUID.randomUUID().toString().substring(0, 6);
        String good = "good-" + UUID.randomUUID().toString().substring(0, 6);
        send("an-duong", bad, unitEvent("vn.wardplan.unit.registered.v1", "an-duong", bad, "{not json"));
        send("an-duong", good, unitEvent("vn.wardplan.unit.registered.v1", "an-duong", good,
                "{\"code\":\"" + good + "\",\"name\":\"Công an phường\"}"));

        String token = TestTokens.user("anduong.chutich", "an-duong", "ward-leader").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/reports/wards/an-duong/units", token).body()).contains(good));
        var dead = KafkaProbe.read("wardplan.units.DLT", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> ("an-duong:" + bad).equals(r.key())));
        assertThat(dead).anyMatch(r -> ("an-duong:" + bad).equals(r.key()));
    }

    @Test
    void aWardReadsOnlyItsOwnDirectoryAndTheCityReadsItsWards() throws Exception {
        String code = "cong-an-" + UUID.randomUUID().toString().substring(0, 4);
        send("an-duong", code, unitEvent("vn.wardplan.unit.registered.v1", "an-duong", code,
                "{\"code\":\"" + code + "\",\"name\":\"Công an phường\"}"));
        String cityViewer = TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/reports/wards/an-duong/units", cityViewer).body()).contains(code));

        ApiClient.Response leChan = api().get("/api/reports/wards/an-duong/units",
                TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").sign());
        ApiClient.Response otherCity = api().get("/api/reports/wards/an-duong/units",
                TestTokens.user("hanoi.viewer", null, "city-viewer").city("ha-noi").sign());

        assertThat(leChan.status()).isEqualTo(403);
        assertThat(leChan.body()).contains("an-duong").doesNotContain(code);
        assertThat(otherCity.body()).doesNotContain(code);
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    private long processed(String eventId) {
        return mongo.getCollection("processed_events")
                .countDocuments(new org.bson.Document("_id", UnitEventsListener.CONSUMER + ":" + eventId));
    }

    private static void send(String ward, String code, CloudEvent event) throws Exception {
        producer.send(new ProducerRecord<>("wardplan.units", ward + ":" + code, event)).get();
    }

    private static CloudEvent unitEvent(String type, String ward, String code, String data) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/wardplan/task-service"))
                .withType(type).withSubject(ward + ":" + code).withTime(OffsetDateTime.now())
                .withDataContentType("application/json").withData(data.getBytes(StandardCharsets.UTF_8))
                .withExtension("ward", ward).withExtension("city", "hai-phong").build();
    }
}
