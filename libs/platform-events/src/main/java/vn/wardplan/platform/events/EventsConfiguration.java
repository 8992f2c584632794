package vn.wardplan.platform.events;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.FixedBackOff;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.events.outbox.OutboxRelay;
import vn.wardplan.platform.events.outbox.OutboxWakeUp;
import vn.wardplan.platform.events.wardstatus.WardStatuses;
import vn.wardplan.platform.security.SuspendedWards;

/** Outbox relay, CloudEvents producer, idempotent inbox and dead-letter handling for every service. */
@AutoConfiguration
@EnableScheduling
public class EventsConfiguration {

    /** Attempts of a failing record before it goes to {@code <topic>.DLT}: 1 delivery + 2 retries. */
    static final long RETRIES = 2;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxEvents outboxEvents(JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        return new OutboxEvents(json, clock, tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** Every service records its own changes for the audit trail, in the changed document's outbox. */
    @Bean
    AuditTrail auditTrail(OutboxEvents outboxEvents,
            @Value("${spring.application.name}") String service) {
        return new AuditTrail(outboxEvents, service);
    }

    /** Declared by every producer of audit entries, so none waits for another to create it. */
    @Bean
    NewTopic auditTopic() {
        return TopicBuilder.name(AuditTrail.TOPIC)
                .partitions(3).build();
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventTemplate(KafkaProperties properties,
            KafkaConnectionDetails connection) {
        return template(properties, connection, CloudEventSerializer.class);
    }

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties properties, KafkaConnectionDetails connection) {
        return template(properties, connection, ByteArraySerializer.class);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> cloudEventTemplate,
            ObjectProvider<OutboxCollection> collections, @Value("${spring.application.name}") String service,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator, MeterRegistry meters) {
        return new OutboxRelay(mongo, cloudEventTemplate, collections.orderedStream().toList(), service, tracer.getIfAvailable(),
                propagator.getIfAvailable(), meters);
    }

    /**
     * Sends a stored document's events at once rather than at the relay's next poll. On in every service; a test that
     * plays a crash before the relay ran turns it off ({@code wardplan.outbox.wake-up=false}).
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "wardplan.outbox.wake-up", havingValue = "true",
            matchIfMissing = true)
    OutboxWakeUp outboxWakeUp(OutboxRelay outboxRelay, ObjectProvider<OutboxCollection> collections) {
        return new OutboxWakeUp(outboxRelay, collections.orderedStream().toList());
    }

    @Bean
    EventInbox eventInbox(MongoTemplate mongo, MeterRegistry meters, org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        return new EventInbox(mongo, meters, clock.getIfAvailable(java.time.Clock::systemUTC));
    }

    /** The wards' suspension status, from ward-service's events; platform-web refuses suspended wards' tokens. */
    @Bean
    @ConditionalOnMissingBean(SuspendedWards.class)
    WardStatuses wardStatuses(MongoTemplate mongo, EventInbox inbox, @Value("${spring.application.name}") String service,
            @Value("${wardplan.ward-status.cache-for:5s}") java.time.Duration cacheFor) {
        return new WardStatuses(mongo, inbox, service, cacheFor);
    }

    /** ward-service creates it too; declared here so a service started first does not wait for it. */
    @Bean
    org.apache.kafka.clients.admin.NewTopic wardStatusTopic() {
        return org.springframework.kafka.config.TopicBuilder.name("wardplan.wards").partitions(3).build();
    }

    /** Bounded retries, then the record goes to {@code <topic>.DLT} and the partition moves on. */
    @Bean
    DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
        return new DefaultErrorHandler(recoverer, new FixedBackOff(200L, RETRIES));
    }

    private static <V> KafkaTemplate<String, V> template(KafkaProperties properties, KafkaConnectionDetails connection,
            Class<?> valueSerializer) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, V> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        template.setObservationEnabled(true);
        return template;
    }
}
