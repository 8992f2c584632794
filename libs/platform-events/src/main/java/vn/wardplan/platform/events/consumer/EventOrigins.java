package vn.wardplan.platform.events.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Who may publish on which topic: each topic has one producer, the service that owns its contract (docs/events/). An
 * event whose envelope claims another source, or a time further in the future than clocks drift, is not trusted: the
 * consumer parks it on the dead-letter topic instead of applying it. Kafka's ACLs (chart, production) keep other pods
 * from writing at all; this check keeps a service from believing an envelope it did not have to.
 */
public final class EventOrigins {

    /** The topics' producers, as their {@code source} reads ("/wardplan/<service>"). */
    static final Map<String, String> OWNERS = Map.of("wardplan.units", "/wardplan/task-service", "wardplan.tasks",
            "/wardplan/task-service", "wardplan.plans", "/wardplan/task-service", "wardplan.indicators",
            "/wardplan/indicator-service", "wardplan.wards", "/wardplan/ward-service", "wardplan.reporting-regimes",
            "/wardplan/task-service", "wardplan.calendars", "/wardplan/notification-service",
            "wardplan.indicator-frames", "/wardplan/task-service", "wardplan.explanations", "/wardplan/notification-service");

    /**
     * Topics every service of a set writes to: the audit trail, where each service records its own changes (ADR 0023).
     * A consumer of such a topic takes the producing service from the envelope's checked source, never from the data.
     */
    static final Map<String, Set<String>> SHARED = Map.of("wardplan.audit", Set.of("/wardplan/indicator-service",
            "/wardplan/task-service", "/wardplan/notification-service", "/wardplan/ward-service"));

    /** How far ahead of this machine's clock an event's time may be. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private EventOrigins() {
    }

    /** The source a topic's events must carry, or null for a topic without a declared producer. */
    public static String ownerOf(String topic) {
        return OWNERS.get(topic);
    }

    static void check(String topic, String source, OffsetDateTime time, String id, Instant now) {
        Set<String> writers = SHARED.get(topic);
        if (writers != null && !writers.contains(source)) {
            throw new IllegalArgumentException("Event " + id + " on " + topic + " claims source " + source + "; only "
                    + String.join(", ", new java.util.TreeSet<>(writers)) + " publish there");
        }
        String owner = OWNERS.get(topic);
        if (owner != null && !owner.equals(source)) {
            throw new IllegalArgumentException("Event " + id + " on " + topic + " claims source " + source + "; only " + owner
                    + " publishes there");
        }
        if (time != null && time.toInstant().isAfter(now.plus(SKEW))) {
            throw new IllegalArgumentException("Event " + id + " is dated " + time + ", in the future");
        }
    }
}
