package vn.wardplan.platform.events.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

/** Creates {@link OutboxEvent}s: a fresh id, the time, the JSON data and the current trace context. */
public class OutboxEvents {

    private final JsonMapper json;
    private final Clock clock;
    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxEvents(JsonMapper json, Clock clock, Tracer tracer, Propagator propagator) {
        this.json = json;
        this.clock = clock;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public OutboxEvent create(String topic, String type, String aggregateId, String ward, String city, Object data) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, type, aggregateId, ward, city, clock.instant(),
                json.writeValueAsString(data), currentTraceparent());
    }

    private String currentTraceparent() {
        if (tracer == null || propagator == null) {
            return null;
        }
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get("traceparent");
    }
}
