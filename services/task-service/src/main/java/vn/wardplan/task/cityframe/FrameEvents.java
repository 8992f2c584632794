package vn.wardplan.task.cityframe;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The city frame's events on {@value #TOPIC} (contract: docs/events/indicator-frames.md): a new version of a city's
 * frame (key: the city), and the mapping of a ward indicator to it (key: the indicator id).
 */
@Component
class FrameEvents {

    public static final String TOPIC = "wardplan.indicator-frames";
    public static final String FRAME_CHANGED = "vn.wardplan.indicator-frame.changed.v1";
    public static final String MAPPING_CHANGED = "vn.wardplan.indicator-mapping.changed.v1";

    /** Data of {@value #FRAME_CHANGED}: the whole frame as it now stands. */
    public record FrameChanged(String city, int version, String source, List<FrameIndicator> indicators) {
    }

    /**
     * Data of {@value #MAPPING_CHANGED}. {@code frameCode} is the frame indicator the ward indicator counts as (null: it
     * stays the ward's own); {@code state} AUTO, CONFIRMED, PROPOSED or WARD_ONLY; the proposal is the platform's.
     */
    public record MappingChanged(String indicatorId, String planNumber, String key, String frameCode, String state,
            Integer frameVersion, String proposedCode, Double confidence, String reason) {
    }

    private final OutboxEvents outbox;

    FrameEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    public OutboxEvent frameChanged(WardScope cityScope, FrameChanged data) {
        return outbox.create(TOPIC, FRAME_CHANGED, "city:" + data.city(), cityScope.ward(), cityScope.city(), data);
    }

    public OutboxEvent mappingChanged(WardScope ward, MappingChanged data) {
        return outbox.create(TOPIC, MAPPING_CHANGED, data.indicatorId(), ward.ward(), ward.city(), data);
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection framesOutbox() {
            return OutboxCollection.of(IndicatorFrame.class);
        }

        @Bean
        OutboxCollection mappingsOutbox() {
            return OutboxCollection.of(IndicatorMapping.class);
        }

        @Bean
        NewTopic framesTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
