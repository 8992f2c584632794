package vn.wardplan.platform.events.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be relayed. It is written in the same single-document write
 * as the state change it describes, which MongoDB applies atomically: no transaction is needed, so the change
 * and its event are stored together or not at all.
 *
 * @param eventId event id (CloudEvents {@code id}); consumers deduplicate on it
 * @param topic the Kafka topic
 * @param type CloudEvents {@code type}, e.g. {@code vn.wardplan.unit.registered.v1}
 * @param key the aggregate id: Kafka key and CloudEvents {@code subject}, so one aggregate stays in order
 * @param ward the ward the event belongs to (CloudEvents extension {@code ward})
 * @param city the ward's city (extension {@code city})
 * @param time when the change happened
 * @param data the JSON payload
 * @param traceparent W3C trace context of the request that made the change, so the trace crosses the outbox
 */
public record OutboxEvent(String eventId, String topic, String type, String key, String ward, String city, Instant time,
        String data, String traceparent) {
}
