package vn.wardplan.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import vn.wardplan.platform.test.SharedInfrastructure;

/** Publishes producer-shaped CloudEvents (as task-service and indicator-service write them) to the test broker. */
public final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class));

    public CloudEvent event(String type, String ward, String subject, Instant time, String json) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/wardplan/test"))
                .withType(type).withSubject(subject).withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json").withData(json.getBytes(StandardCharsets.UTF_8))
                .withExtension("ward", ward).withExtension("city", "hai-phong").build();
    }

    public void send(String topic, CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(topic, event.getSubject(),
                    CloudEventBuilder.v1(event).withSource(URI.create(vn.wardplan.platform.test.KafkaProbe.sourceOf(topic))).build())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deliverable event's data as docs/events/tasks.md describes it. */
    public static String deliverable(String taskId, int year, String dueDate, String status, String lead, String coordinating) {
        return """
                {"taskId":"%s","deliverableId":"%d","year":%d,"dueDate":"%s","status":"%s","leadUnit":"%s",
                 "coordinatingUnits":[%s],"directingLeader":"Chủ tịch UBND phường",
                 "title":"Báo cáo kết quả thực hiện nhiệm vụ phát triển thương mại, dịch vụ","comment":null}
                """.formatted(taskId, year, year, dueDate, status, lead, coordinating == null ? "" : "\"" + coordinating + "\"");
    }

    @Override
    public void close() {
        producer.close();
    }
}
