package vn.wardplan.platform.events.consumer;

import java.time.OffsetDateTime;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a consumer sees of a CloudEvent read from Kafka: the envelope fields it needs and the raw JSON data,
 * which it maps to its own trimmed copy of the producer's contract.
 */
public record IncomingEvent(String id, String type, String subject, String ward, String city, OffsetDateTime time,
        byte[] data, String source) {

    /** Reads data into a consumer's trimmed copy: fields the copy does not name are the producer's, not an error. */
    private static final JsonMapper DATA = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The data as the consumer's own copy of the producer's contract. */
    public <T> T dataAs(Class<T> copy) {
        return DATA.readValue(data, copy);
    }

    /**
     * A handler for the events whose type starts with {@code typePrefix} (every version of one fact, or a family of
     * facts), given their data as the consumer's copy; the topic's other events pass by untouched.
     */
    public static <T> Consumer<IncomingEvent> ofType(String typePrefix, Class<T> copy, BiConsumer<IncomingEvent, T> handler) {
        return event -> {
            if (event.type() != null && event.type().startsWith(typePrefix)) {
                handler.accept(event, event.dataAs(copy));
            }
        };
    }

    static IncomingEvent of(CloudEvent event) {
        Object ward = event.getExtension("ward");
        Object city = event.getExtension("city");
        return new IncomingEvent(event.getId(), event.getType(), event.getSubject(),
                ward == null ? null : ward.toString(), city == null ? null : city.toString(), event.getTime(),
                event.getData() == null ? new byte[0] : event.getData().toBytes(),
                event.getSource() == null ? null : event.getSource().toString());
    }
}
