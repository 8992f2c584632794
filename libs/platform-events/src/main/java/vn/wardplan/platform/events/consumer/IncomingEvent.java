package vn.wardplan.platform.events.consumer;

import java.time.OffsetDateTime;

import io.cloudevents.CloudEvent;

/**
 * What a consumer sees of a CloudEvent read from Kafka: the envelope fields it needs and the raw JSON data,
 * which it maps to its own trimmed copy of the producer's contract.
 */
public record IncomingEvent(String id, String type, String subject, String ward, String city, OffsetDateTime time,
        byte[] data, String source) {

    static IncomingEvent of(CloudEvent event) {
        Object ward = event.getExtension("ward");
        Object city = event.getExtension("city");
        return new IncomingEvent(event.getId(), event.getType(), event.getSubject(),
                ward == null ? null : ward.toString(), city == null ? null : city.toString(), event.getTime(),
                event.getData() == null ? new byte[0] : event.getData().toBytes(),
                event.getSource() == null ? null : event.getSource().toString());
    }
}
