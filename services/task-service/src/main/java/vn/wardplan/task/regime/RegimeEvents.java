package vn.wardplan.task.regime;

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
 * The reporting-regime events task-service publishes on {@value #TOPIC} (contract: docs/events/regimes.md). Key: the
 * ward. The data carries the periods with their computed deadlines, so consumers keep dates, not rules.
 */
@Component
class RegimeEvents {

    public static final String TOPIC = "wardplan.reporting-regimes";
    public static final String CHANGED = "vn.wardplan.reporting-regime.changed.v1";

    /** Data of {@value #CHANGED}: the regime as it now stands and every period of the years it covers. */
    public record RegimeChanged(String ward, boolean ownRules, List<RegimeVersion> versions, int firstYear, int lastYear,
            List<ScheduledPeriod> periods) {
    }

    private final OutboxEvents outbox;

    RegimeEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    public OutboxEvent changed(WardScope ward, RegimeChanged data) {
        return outbox.create(TOPIC, CHANGED, ward.ward(), ward.ward(), ward.city(), data);
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection regimesOutbox() {
            return OutboxCollection.of(ReportingRegime.class);
        }

        @Bean
        NewTopic regimesTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
